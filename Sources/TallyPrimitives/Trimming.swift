/// Which characters `trimming(_:)` removes from the ends of a text. Readers differ on purpose: a
/// number in a CSV cell may be padded with spaces and tabs, a comma-separated option with
/// spaces, and a chart title is blank when it holds only whitespace of any kind.
public enum TrimmedCharacters: Sendable {
    /// U+0020 only.
    case spaces
    /// U+0020 and tab.
    case spacesAndTabs
    /// Every `Character.isWhitespace`: spaces of every kind and line breaks.
    case whitespace

    @inlinable
    func contains(_ c: Character) -> Bool {
        switch self {
        case .spaces: return c == " "
        case .spacesAndTabs: return c == " " || c == "\t"
        case .whitespace: return c.isWhitespace
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing `characters` (spaces and tabs unless told).
    public func trimming(_ characters: TrimmedCharacters = .spacesAndTabs) -> String {
        var s = self[...]
        while let f = s.first, characters.contains(f) { s.removeFirst() }
        while let l = s.last, characters.contains(l) { s.removeLast() }
        return String(s)
    }
}
