/// Why an output set was not written: which path, what failed, the system's reason (read from
/// `errno` at the moment of the failure, before any clean-up could change it) and the exit class.
/// `OutputSet` throws it; commands pass it on as a `CommandError`.
public struct OutputSetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The destination (or folder) concerned, as the user named it.
    public var path: String
    /// What failed, in words: "cannot create a temporary file beside it", ...
    public var failure: String
    /// `strerror` of the captured `errno`, when a system call failed.
    public var systemError: String?
    /// `.usage` the same file named twice or a folder named as a file, `.cannotCreate` cannot
    /// create or move into place, `.io` writing or syncing failed.
    public var exitClass: ExitClass

    public init(path: String, failure: String, systemError: String? = nil, exitClass: ExitClass) {
        self.path = path
        self.failure = failure
        self.systemError = systemError
        self.exitClass = exitClass
    }

    public var description: String {
        "\(path): \(failure)" + (systemError.map { " (\($0))" } ?? "")
    }
}
