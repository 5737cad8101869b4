/// Characters refused in text read from data (CSV cells, JSON strings), because they make outputs
/// ill-formed or misleading: an SVG with U+001B is not XML, U+FFFE made the PDF writer fail, a
/// terminal runs escape sequences, and bidi controls make a cell read differently from its bytes.
///
/// Refused: C0 controls U+0000-U+001F except TAB (U+0009), LF (U+000A) and a CR (U+000D) directly
/// followed by LF (tabs and line breaks are ordinary in quotes, notes and descriptions, and a
/// quoted CSV field may hold a CRLF line break); DEL U+007F; C1 controls U+0080-U+009F; bidi
/// embedding, override and isolate controls U+202A-U+202E and U+2066-U+2069; noncharacters
/// U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, ...).
/// Messages name the character as `U+001B`, never print it raw.
public struct ForbiddenCharacter: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    /// 0-based index of the scalar in the text.
    public var offset: Int

    /// `U+001B`
    public var codePoint: String { Self.codePoint(scalar) }

    /// What the character is and what to do, for messages: "the text holds a control character
    /// U+001B, which Tally refuses in data; remove it".
    public var explanation: String {
        "the text holds \(Self.named(scalar)), which Tally refuses in data; remove it"
    }

    public static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// "a control character U+001B"
    static func named(_ s: Unicode.Scalar) -> String {
        let code = codePoint(s)
        switch s.value {
        case 0x0D: return "a carriage return \(code) not followed by a line feed"
        case 0...0x1F, 0x7F: return "a control character \(code)"
        case 0x80...0x9F: return "a C1 control character \(code)"
        case 0x202A...0x202E, 0x2066...0x2069: return "a bidirectional formatting control \(code)"
        default: return "a Unicode noncharacter \(code)"
        }
    }

    /// Whether `s` is refused wherever it stands (CR is judged with its neighbour, in `first(in:)`).
    @inline(__always)
    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        if v < 0x202A { return false }
        if v <= 0x202E { return true }
        if (0x2066...0x2069).contains(v) || (0xFDD0...0xFDEF).contains(v) { return true }
        return v & 0xFFFE == 0xFFFE
    }

    /// The first refused character of `text`, if any.
    public static func first(in text: String) -> ForbiddenCharacter? {
        var offset = 0
        var pendingCR: Int?
        for s in text.unicodeScalars {
            if let cr = pendingCR, s != "\n" { return ForbiddenCharacter(scalar: "\r", offset: cr) }
            pendingCR = nil
            if s == "\r" {
                pendingCR = offset
            } else if isForbidden(s) {
                return ForbiddenCharacter(scalar: s, offset: offset)
            }
            offset += 1
        }
        if let cr = pendingCR { return ForbiddenCharacter(scalar: "\r", offset: cr) }
        return nil
    }
}
