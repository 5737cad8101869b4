/// Why a command stopped, as a value: its exit class and the words the user reads. Command
/// libraries throw it and print nothing; `CommandMain` (the executables) prints it and exits
/// with its class's code, and the notebook runner puts its text in the failing cell's message.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    public var exitClass: ExitClass
    /// What went wrong and what to type instead, in one sentence.
    public var message: String
    /// Lines shown before the message, each as it is (a dataset's issues, file:line:column first).
    public var details: [String]
    /// The word printed before the message (`error`, `interrupted`), or nil for a message that
    /// ends a list of details (such as "3 errors, 0 warnings").
    public var label: String?

    public init(_ exitClass: ExitClass, _ message: String, details: [String] = [], label: String? = "error") {
        self.exitClass = exitClass
        self.message = message
        self.details = details
        self.label = label
    }

    /// Wrong usage found after parsing (an unknown category, a formula naming a missing column).
    public static func usage(_ message: String) -> CommandError { CommandError(.usage, message) }
    /// Invalid input: a dataset, a spec, a theme.
    public static func data(_ message: String) -> CommandError { CommandError(.data, message) }
    /// A file the user named is not there.
    public static func missingInput(_ message: String) -> CommandError { CommandError(.missingInput, message) }

    /// The lines printed on stderr, in order.
    public var lines: [String] {
        details + [label.map { "\($0): \(message)" } ?? message]
    }

    /// The details and the message without the label, for a message that is quoted inside
    /// another ("cell 'x' failed: ...").
    public var explanation: String {
        (details + [message]).joined(separator: "\n")
    }

    public var description: String { lines.joined(separator: "\n") }
}

extension CommandError {
    /// An output set that was not written, with the exit class of the check or system call
    /// that failed.
    public init(_ failure: OutputSetError) {
        self.init(failure.exitClass, failure.description)
    }
}
