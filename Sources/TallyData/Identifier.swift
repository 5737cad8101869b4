/// The shape of the ids a dataset gives its categories and sources (`total`,
/// `recognised_cumulative_since_2022-10`, `memopzk-3`): ASCII letters and digits, `_`, `-` and `.`,
/// starting with a letter or digit, at most `maxLength` characters.
///
/// Ids are written into file names, URLs' fragments, CSV cells, HTML attributes and command lines;
/// with this shape they cannot carry markup, a formula (`=`, `+`, `-`, `@` first), spaces, quotes
/// or path separators into any of them. Labels, titles and quotes stay free text (escaped where
/// they are written).
public enum Identifier {
    /// Longest id accepted, in characters.
    public static let maxLength = 64

    public static func isValid(_ id: String) -> Bool {
        let bytes = id.utf8
        guard let first = bytes.first, bytes.count <= maxLength, isLetterOrDigit(first) else { return false }
        return bytes.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// What an id must look like, for messages.
    public static let expected =
        "expected an id of ASCII letters, digits, '_', '-' and '.', starting with a letter or digit, at most \(maxLength) characters"

    private static func isLetterOrDigit(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
}
