/// A request about which figures to use that Tally refuses, with the reason in the user's words.
///
/// The data layer says why; the executables choose the exit code from `isUsageError`: the
/// request is at fault (64, say what to type instead), or the data cannot answer any request of
/// this kind (65).
public protocol SelectionRefusal: Error, CustomStringConvertible, Sendable {
    var isUsageError: Bool { get }
}

/// Ids in a message: every id when there are few, else the first ones and how many more, so
/// that a package with hundreds of categories does not fill the terminal.
public enum ChoiceList {
    public static let shown = 20

    public static func text(_ ids: [String]) -> String {
        guard ids.count > shown else { return ids.joined(separator: ", ") }
        return ids.prefix(shown).joined(separator: ", ") + ", ... and \(ids.count - shown) more (`stats validate` lists them)"
    }
}
