/// A count written with a thousands separator (`1,262`, `1 262`, `1.262`, `1'262`), as spreadsheets
/// format numbers. Tally does not guess what the separator meant (`1.262` is a decimal in some
/// languages): it refuses the value and says how to write it.
enum ThousandsSeparator {
    /// Separators recognised: comma, full stop, apostrophes, and the spaces used between groups
    /// of digits (ordinary, no-break, narrow no-break, thin).
    static let separators: [Character] = [",", ".", "'", "\u{2019}", " ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// The hint for a value that is digits in groups of three with one separator between them,
    /// e.g. "the number has a thousands separator (','): write it as plain digits, 1262"; nil for
    /// any other value.
    static func hint(_ text: String) -> String? {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard let separator = body.first(where: { !($0.isASCII && $0.isNumber) }), separators.contains(separator) else { return nil }
        let groups = body.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count),
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        let digits = text.filter { $0.isASCII && ($0.isNumber || $0 == "-") }
        let shown: String
        if separator == " " {
            shown = "a space"
        } else if let scalar = separator.unicodeScalars.first, scalar.properties.isWhitespace {
            shown = "a space, \(ForbiddenCharacter.codePoint(scalar))"
        } else {
            shown = "'\(separator)'"
        }
        var hint = "the number has a thousands separator (\(shown)): write it as plain digits, \(digits)"
        if separator == "." || separator == "," { hint += " (if it is a decimal: counts are whole numbers)" }
        return hint
    }
}
