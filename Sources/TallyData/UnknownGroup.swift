/// A group name that no group of the dataset answers to; the message lists the groups there are.
public struct UnknownGroup: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name as the user gave it.
    public var name: String
    /// The dataset's groups (empty when it defines none).
    public var known: [Group]

    public init(name: String, known: [Group]) {
        self.name = name
        self.known = known
    }

    public var description: String {
        let quoted = CountTable.quoted(name)
        if known.isEmpty {
            return "unknown group \(quoted): this dataset defines no groups (a data package lists them in a 'groups' resource)"
        }
        let list = known.map { "\($0.id) (\($0.label()))" }.joined(separator: ", ")
        return "unknown group \(quoted); expected one of: \(list), or one of their names in another language"
    }
}
