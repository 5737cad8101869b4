/// One thing wrong (or doubtful) in an input file, located precisely enough to fix it.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var value: String?
    /// What is wrong and what was expected instead.
    public var message: String

    public init(_ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
                field: String? = nil, value: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.value = value
        self.message = message
    }

    /// `file:line:column: error: field 'count': value '-3': must be >= 0`
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        var s = "\(location): \(severity.rawValue): "
        if let field { s += "field '\(field)': " }
        if let value { s += "value '\(value)': " }
        return s + message
    }
}

/// Raised when a dataset cannot be used: every error found (warnings too), in file order.
public struct DatasetInvalid: Error, Sendable {
    public var issues: [ValidationIssue]
    public var errors: [ValidationIssue] { issues.filter { $0.severity == .error } }
}

/// Raised when an input path does not exist or cannot be read (sysexits 66).
public struct InputMissing: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
