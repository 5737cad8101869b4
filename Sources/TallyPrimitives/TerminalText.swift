/// Text from data made safe to print on a terminal: every control character is shown as a
/// visible escape such as `\u{1B}`, so an ESC sequence in a label or a file name can neither
/// recolour, move the cursor, retitle the window nor hide the rest of a message.
///
/// Shown as escapes: C0 controls (U+0000 to U+001F) except, when asked, the line break; DEL
/// (U+007F); C1 controls (U+0080 to U+009F, which some terminals obey as ESC sequences); the line
/// and paragraph separators (U+2028, U+2029); and the bidirectional overrides and isolates
/// (U+202A to U+202E, U+2066 to U+2069), which reorder what the reader sees. Everything else,
/// Cyrillic included, passes unchanged.
public enum TerminalText {
    /// `text` with every control character written as `\u{HEX}`; line breaks are kept when
    /// `keepingLineBreaks` (messages of several lines), otherwise escaped too (one table cell).
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), !(keepingLineBreaks && scalar == "\n") {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a terminal could act on `scalar` instead of showing it.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
