/// Numbers, dates and the chart's own words in one of the report's languages.
///
/// Thousands: English 1,234; French 1 234 (narrow no-break space, U+202F); Russian and
/// Ukrainian 1 234 (no-break space, U+00A0). Decimals: a point in English, a comma otherwise.
public enum ChartLocale: String, Sendable, CaseIterable, Codable {
    case en, fr, ru, uk

    var thousandsSeparator: String {
        switch self {
        case .en: return ","
        case .fr: return "\u{202F}"
        case .ru, .uk: return "\u{00A0}"
        }
    }

    var decimalSeparator: String { self == .en ? "." : "," }

    /// `value` with `decimals` digits after the separator, grouped in thousands.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        let n = Int(scaled)
        var unit = 1
        for _ in 0..<decimals { unit *= 10 }
        let whole = String(n / unit)
        var grouped = ""
        for (k, ch) in whole.reversed().enumerated() {
            if k > 0, k % 3 == 0 { grouped = thousandsSeparator + grouped }
            grouped = String(ch) + grouped
        }
        if decimals > 0 {
            let frac = String(n % unit)
            grouped += decimalSeparator + String(repeating: "0", count: decimals - frac.count) + frac
        }
        return (value < 0 && n != 0 ? "−" : "") + grouped
    }

    /// Month names standing alone, abbreviated as each language's typographers do (CLDR's
    /// stand-alone abbreviations): for axis ticks and month dates, "Jun 2019", "juin 2019", "июнь 2019".
    public var monthsShort: [String] {
        switch self {
        case .en: return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .fr: return ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        case .ru: return ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."]
        case .uk: return ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."]
        }
    }

    /// Full month names in the nominative: "июнь 2024" at the end of a Russian range ("по июнь 2024").
    public var monthsFull: [String] {
        switch self {
        case .en: return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        case .fr: return ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        case .ru: return ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
        case .uk: return ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"]
        }
    }

    /// Full month names in the genitive, as Russian and Ukrainian write a day's date ("1 марта
    /// 2018", "1 березня 2018") and the start of a range ("с марта 2018"); French and English
    /// have no case, so these are the full names.
    public var monthsGenitive: [String] {
        switch self {
        case .ru: return ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
        case .uk: return ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
        case .en, .fr: return monthsFull
        }
    }

    /// A date at its own precision: "2019", "Jun 2019", "10 Jun 2019". A day's date names its
    /// month in full and, in Russian and Ukrainian, in the genitive ("10 июня 2019", "10 червня
    /// 2019"); French writes the first of the month "1er" ("1er mars 2018").
    public func date(year: Int, month: Int?, day: Int?) -> String {
        guard let month, (1...12).contains(month) else { return String(year) }
        guard let day else { return "\(monthsShort[month - 1]) \(year)" }
        switch self {
        case .en: return "\(day) \(monthsShort[month - 1]) \(year)"
        case .fr: return "\(day == 1 ? "1er" : String(day)) \(monthsGenitive[month - 1]) \(year)"
        case .ru, .uk: return "\(day) \(monthsGenitive[month - 1]) \(year)"
        }
    }

    /// The chart's own words.
    public func word(_ key: Word) -> String {
        switch (key, self) {
        case (.source, .en): return "Source"
        case (.source, .fr): return "Source"
        case (.source, .ru): return "Источник"
        case (.source, .uk): return "Джерело"
        case (.sources, .en): return "Sources"
        case (.sources, .fr): return "Sources"
        case (.sources, .ru): return "Источники"
        case (.sources, .uk): return "Джерела"
        case (.noData, .en): return "No published counts"
        case (.noData, .fr): return "Aucun chiffre publié"
        case (.noData, .ru): return "Нет опубликованных данных"
        case (.noData, .uk): return "Немає опублікованих даних"
        case (.approximate, .en): return "approximate figure"
        case (.approximate, .fr): return "chiffre approximatif"
        case (.approximate, .ru): return "приблизительное число"
        case (.approximate, .uk): return "приблизне число"
        case (.atLeast, .en): return "at least"
        case (.atLeast, .fr): return "au moins"
        case (.atLeast, .ru): return "не менее"
        case (.atLeast, .uk): return "щонайменше"
        case (.gap, .en): return "dotted: no published figure in between"
        case (.gap, .fr): return "pointillé\u{00A0}: aucun chiffre publié entre les deux"
        case (.gap, .ru): return "пунктир: в промежутке нет опубликованных данных"
        case (.gap, .uk): return "пунктир: у проміжку немає опублікованих даних"
        case (.leftOut, .en): return "Dates left out (a part has no figure there)"
        case (.leftOut, .fr): return "Dates omises (une partie n’y a pas de chiffre)"
        case (.leftOut, .ru): return "Пропущенные даты (у одной из частей нет числа)"
        case (.leftOut, .uk): return "Пропущені дати (одна з частин не має числа)"
        case (.andMore, .en): return "and %d more"
        case (.andMore, .fr): return "et %d autres"
        case (.andMore, .ru): return "и ещё %d"
        case (.andMore, .uk): return "і ще %d"
        case (.share, .en): return "Share of the total"
        case (.share, .fr): return "Part du total"
        case (.share, .ru): return "Доля от общего числа"
        case (.share, .uk): return "Частка від загальної кількості"
        case (.missing, .en): return "–  no published figure for that date"
        case (.missing, .fr): return "–  aucun chiffre publié à cette date"
        case (.missing, .ru): return "–  нет опубликованного числа на эту дату"
        case (.missing, .uk): return "–  немає опублікованого числа на цю дату"
        case (.logScale, .en): return "logarithmic scale"
        case (.logScale, .fr): return "échelle logarithmique"
        case (.logScale, .ru): return "логарифмическая шкала"
        case (.logScale, .uk): return "логарифмічна шкала"
        case (.unattributed, .en): return "Not attributed"
        case (.unattributed, .fr): return "Non attribué"
        case (.unattributed, .ru): return "Не распределено"
        case (.unattributed, .uk): return "Не розподілено"
        }
    }

    public enum Word: Sendable, CaseIterable {
        case source, sources, noData, approximate, atLeast, gap, leftOut, andMore, share, unattributed, missing, logScale
    }
}
