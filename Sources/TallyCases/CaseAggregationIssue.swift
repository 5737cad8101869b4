extension CaseAggregation {
    /// An invalid record, or a remark about the counts, at its line of the file (0: the file as
    /// a whole).
    public struct Issue: Sendable, CustomStringConvertible {
        public var line: Int
        public var field: String?
        public var value: String?
        public var message: String
        public var description: String {
            var s = "line \(line): "
            if let field { s += "field '\(field)': " }
            if let value { s += "value '\(value)': " }
            return s + message
        }
    }
}
