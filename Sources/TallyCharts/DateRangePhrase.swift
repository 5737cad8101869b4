/// A range of dates as each language says it, each end at its own precision:
/// "1 Mar 2018 to 10 Jun 2024"; French "du 1er mars 2018 au 10 juin 2024" for days, "de mars 2018
/// à juin 2024" ("d’avril") for months and years; Russian "с 1 марта 2018 по 10 июня 2024", "с
/// марта 2018 по июнь 2024" (the start in the genitive after "с", the end in the accusative
/// after "по"); Ukrainian "з 1 березня 2018 по 10 червня 2024", "з березня 2018 по червень 2024".
public struct DateRangePhrase: Sendable, Equatable {
    public struct End: Sendable, Equatable {
        public var year: Int
        public var month: Int?
        public var day: Int?

        public init(year: Int, month: Int?, day: Int?) {
            self.year = year
            self.month = month
            self.day = month == nil ? nil : day
        }

        var monthIndex: Int? { month.flatMap { (1...12).contains($0) ? $0 - 1 : nil } }
    }

    public var from: End
    public var to: End

    public init(from: End, to: End) {
        self.from = from
        self.to = to
    }

    public func text(_ locale: ChartLocale) -> String {
        switch locale {
        case .en:
            return "\(locale.date(year: from.year, month: from.month, day: from.day)) to \(locale.date(year: to.year, month: to.month, day: to.day))"
        case .fr:
            return "\(frenchStart) \(frenchEnd)"
        case .ru:
            // "со" before "второго" (2), where "с" cannot be said.
            let preposition = from.day == 2 ? "со" : "с"
            return "\(preposition) \(slavicStart(locale)) по \(slavicEnd(locale))"
        case .uk:
            return "з \(slavicStart(locale)) по \(slavicEnd(locale))"
        }
    }

    /// "du 1er mars 2018", "de mars 2018", "d’avril 2018", "de 2015".
    var frenchStart: String {
        let loc = ChartLocale.fr
        guard let m = from.monthIndex else { return "de \(from.year)" }
        if from.day != nil { return "du " + loc.date(year: from.year, month: from.month, day: from.day) }
        let month = loc.monthsFull[m]
        let elided = ["a", "o"].contains(month.first.map(String.init) ?? "")
        return (elided ? "d’" : "de ") + "\(month) \(from.year)"
    }

    /// "au 10 juin 2024", "à juin 2024", "à 2024".
    var frenchEnd: String {
        let loc = ChartLocale.fr
        guard let m = to.monthIndex else { return "à \(to.year)" }
        if to.day != nil { return "au " + loc.date(year: to.year, month: to.month, day: to.day) }
        return "à \(loc.monthsFull[m]) \(to.year)"
    }

    /// After "с"/"з": the genitive ("1 марта 2018", "марта 2018", "2015").
    func slavicStart(_ locale: ChartLocale) -> String {
        guard let m = from.monthIndex else { return String(from.year) }
        if from.day != nil { return locale.date(year: from.year, month: from.month, day: from.day) }
        return "\(locale.monthsGenitive[m]) \(from.year)"
    }

    /// After "по": a day in the genitive ("10 июня 2024"), a month in the accusative, which for
    /// these masculine month names is the nominative ("июнь 2024").
    func slavicEnd(_ locale: ChartLocale) -> String {
        guard let m = to.monthIndex else { return String(to.year) }
        if to.day != nil { return locale.date(year: to.year, month: to.month, day: to.day) }
        return "\(locale.monthsFull[m]) \(to.year)"
    }
}
