import TallyPrimitives

/// One field of a CSV file as Tally writes it: RFC 4180 quoting, and text that a spreadsheet
/// would run as a formula neutralised (OWASP's advice on CSV injection).
///
/// A text field that begins with `=`, `+`, `-`, `@`, a TAB or a carriage return gets a leading
/// `'`, so that `=HYPERLINK(...)` or `@SUM(...)` from a received data package is shown as text,
/// never evaluated. Numbers (`-3.5`, `+2`, `1e-05`, and Swift's `-inf`/`nan`) are left as they are:
/// they cannot call anything, and a changed number would be a wrong number.
public enum CSVField {
    /// The characters that make a spreadsheet read a cell as a formula.
    public static let formulaPrefixes: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` ready to be put between commas: neutralised when it would be a formula, then quoted
    /// when it holds a comma, a quote or a line break.
    public static func encode(_ text: String) -> String {
        quoted(needsNeutralising(text) ? "'" + text : text)
    }

    /// RFC 4180 quoting alone: fields with a comma, quote or line break are quoted, with quotes doubled.
    public static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else {
            return text
        }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Whether a spreadsheet would read `text` as a formula: it starts with one of
    /// `formulaPrefixes` and is not a number.
    public static func needsNeutralising(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, formulaPrefixes.contains(first) else { return false }
        return !isNumber(text)
    }

    /// A decimal number as Swift or a person writes it (`-3.5`, `+12`, `1.5e-07`), or Swift's
    /// spelling of a non-finite Double (`inf`, `-inf`, `nan`).
    public static func isNumber(_ text: String) -> Bool {
        let body = text.utf8.first == UInt8(ascii: "-") || text.utf8.first == UInt8(ascii: "+") ? text.utf8.dropFirst() : text.utf8[...]
        if body.elementsEqual("inf".utf8) || body.elementsEqual("nan".utf8) { return true }
        var digits = 0, dots = 0, i = body.startIndex
        while i < body.endIndex, body[i] == UInt8(ascii: ".") || (body[i] >= 48 && body[i] <= 57) {
            if body[i] == UInt8(ascii: ".") { dots += 1 } else { digits += 1 }
            i = body.index(after: i)
        }
        guard digits > 0, dots <= 1 else { return false }
        guard i < body.endIndex else { return true }
        guard body[i] == UInt8(ascii: "e") || body[i] == UInt8(ascii: "E") else { return false }
        i = body.index(after: i)
        if i < body.endIndex, body[i] == UInt8(ascii: "-") || body[i] == UInt8(ascii: "+") { i = body.index(after: i) }
        guard i < body.endIndex else { return false }
        return body[i...].allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether `text` can be written into a CSV that Tally reads back as data (a counts file)
    /// without change: it would not be read as a formula and holds no control character. Such
    /// files are refused rather than neutralised, since a changed category would be another one.
    public static func isPlainData(_ text: String) -> Bool {
        !needsNeutralising(text) && !text.unicodeScalars.contains(where: TerminalText.isControl)
    }
}
