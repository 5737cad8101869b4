import ArgumentParser

/// Why an output set was not written: which path, what failed, the system's reason (read from
/// `errno` at the moment of the failure, before any clean-up could change it) and the sysexits
/// code the executables exit with. Library code throws it; the executables print it.
public struct OutputSetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The destination (or folder) concerned, as the user named it.
    public var path: String
    /// What failed, in words: "cannot create a temporary file beside it", ...
    public var failure: String
    /// `strerror` of the captured `errno`, when a system call failed.
    public var systemError: String?
    /// 64 the same file named twice or a folder named as a file, 73 cannot create or move into
    /// place, 74 writing or syncing failed.
    public var exitCode: Int32

    public init(path: String, failure: String, systemError: String? = nil, exitCode: Int32) {
        self.path = path
        self.failure = failure
        self.systemError = systemError
        self.exitCode = exitCode
    }

    public var description: String {
        "\(path): \(failure)" + (systemError.map { " (\($0))" } ?? "")
    }

    /// Prints the error as `error: ...` on stderr and gives the exit code, for commands.
    public func reported() -> ExitCode {
        printError("error: \(description)")
        return ExitCode(exitCode)
    }
}
