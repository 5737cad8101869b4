import TallyPrimitives

/// One published count: a number of people in a category on a date, from one source.
public struct Observation: Sendable, Hashable {
    public var date: PartialDate
    public var category: String
    public var count: Int
    public var qualifier: Qualifier
    public var source: String
    public var note: String?
    /// Where it was read from, for messages: file and line.
    public var file: String
    public var line: Int

    public init(date: PartialDate, category: String, count: Int, qualifier: Qualifier = .exact,
                source: String, note: String? = nil, file: String = "", line: Int = 0) {
        self.date = date
        self.category = category
        self.count = count
        self.qualifier = qualifier
        self.source = source
        self.note = note
        self.file = file
        self.line = line
    }
}
