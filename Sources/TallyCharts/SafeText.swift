/// Text made safe for every output a chart reaches: the scene's text runs, SVG `<title>` and
/// `<desc>` (XML 1.0 forbids most control characters even escaped), PDF metadata (Cairo refuses
/// noncharacters as "not valid UTF-8") and the alt-text sidecar.
///
/// Rule, applied to every character (Unicode scalar):
/// - tab, line feed, carriage return, U+0085, U+2028 and U+2029 (line and tab breaks) become a
///   space: a title is one line, and wrapping is the layout's job;
/// - every other control character (U+0000-U+001F, U+007F-U+009F), the bidirectional controls
///   (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), noncharacters (U+FDD0-U+FDEF and
///   U+xFFFE/U+xFFFF in every plane) and private-use characters become U+FFFD, the replacement
///   character, so the reader sees that something was there instead of having it hidden or
///   reordering the text around it.
/// Every other character is kept, so ordinary text (Cyrillic, the narrow no-break space of
/// French numbers) is unchanged.
public enum SafeText {
    /// `text` with the characters above replaced; the same string when there are none.
    public static func clean(_ text: String) -> String {
        var run = 0
        let needsWork = text.unicodeScalars.contains { s in
            run = isCombining(s) ? run + 1 : 0
            return replacement(for: s) != nil || run > maximumCombiningRun
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        run = 0
        for scalar in text.unicodeScalars {
            run = isCombining(scalar) ? run + 1 : 0
            // Stacked accents beyond a few are not writing but a way to make layout slow
            // (its cost grows with the square of one cluster's length): they are dropped.
            if run > maximumCombiningRun { continue }
            out.append(replacement(for: scalar) ?? scalar)
        }
        return String(out)
    }

    /// Most combining marks kept on one base character (Vietnamese needs two, some scripts four).
    public static let maximumCombiningRun = 8

    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// What a scalar becomes, or nil when it is kept.
    static func replacement(for s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
            return " "
        case 0x00...0x1F, 0x7F...0x9F,
             0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
             0xFDD0...0xFDEF,
             0xE000...0xF8FF, 0xF0000...0x10FFFF:
            return "\u{FFFD}"
        default:
            return v & 0xFFFE == 0xFFFE ? "\u{FFFD}" : nil
        }
    }
}
