import TallyPrimitives

/// Phrases a chart builds from its words, in the chart's language: a label and what follows it
/// (French puts a no-break space before the colon, "Source : ..."), a figure with its qualifier
/// ("about 1,234", "environ 1 234", "около 1 234"), the default subtitle, and counted nouns with
/// each language's plural forms.
extension ChartLocale {
    /// "Source: X"; French typography wants a no-break space (U+00A0) before the colon.
    public func labelled(_ label: String, _ rest: String) -> String {
        self == .fr ? "\(label)\u{00A0}: \(rest)" : "\(label): \(rest)"
    }

    /// A percentage: "40%"; French, Russian and Ukrainian put a no-break space before the sign.
    public func percent(_ number: String) -> String {
        switch self {
        case .en: return number + "%"
        case .fr: return number + "\u{202F}%"
        case .ru, .uk: return number + "\u{00A0}%"
        }
    }

    /// A number as a sentence says it, with its qualifier: "about 1,234", "не менее 767".
    public func figure(_ value: Double, _ qualifier: FigureQualifier) -> String {
        let prefix: String
        switch (qualifier, self) {
        case (.exact, _): prefix = ""
        case (.approx, .en), (.closeTo, .en): prefix = "about "
        case (.atLeast, .en): prefix = "at least "
        case (.moreThan, .en): prefix = "more than "
        case (.approx, .fr), (.closeTo, .fr): prefix = "environ "
        case (.atLeast, .fr): prefix = "au moins "
        case (.moreThan, .fr): prefix = "plus de "
        case (.approx, .ru), (.closeTo, .ru): prefix = "около "
        case (.atLeast, .ru): prefix = "не менее "
        case (.moreThan, .ru): prefix = "более "
        case (.approx, .uk), (.closeTo, .uk): prefix = "близько "
        case (.atLeast, .uk): prefix = "щонайменше "
        case (.moreThan, .uk): prefix = "понад "
        }
        return prefix + number(value)
    }

    /// The default subtitle: "Published counts, 1 Mar 2018 to 10 Jun 2024" in the chart's language.
    public func publishedCounts(_ range: DateRangePhrase) -> String {
        switch self {
        case .en: return "Published counts, \(range.text(self))"
        case .fr: return "Chiffres publiés, \(range.text(self))"
        case .ru: return "Опубликованные данные, \(range.text(self))"
        case .uk: return "Опубліковані дані, \(range.text(self))"
        }
    }

    /// `n` and the noun in the form the number takes: English and French one/other (French
    /// counts 0 and 1 as singular), Russian and Ukrainian one/few/many
    /// (1, 21: one; 2-4, 22-24: few; 0, 5-20, 25-30: many).
    public func count(_ n: Int, one: String, few: String, many: String) -> String {
        let form: String
        switch self {
        case .en: form = n == 1 ? one : many
        case .fr: form = n <= 1 ? one : many
        case .ru, .uk:
            let last = n % 10, lastTwo = n % 100
            if last == 1 && lastTwo != 11 {
                form = one
            } else if (2...4).contains(last) && !(12...14).contains(lastTwo) {
                form = few
            } else {
                form = many
            }
        }
        return "\(number(Double(n))) \(form)"
    }
}
