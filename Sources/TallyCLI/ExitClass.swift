/// What kind of failure ended a command, and so its exit code (sysexits where one fits). The
/// code is chosen from this class alone, never from a message's wording.
public enum ExitClass: Int32, Sendable, Equatable, CaseIterable {
    /// The command ran and its answer is no (`notebook verify` found a difference), or a failure
    /// that is Tally's own fault rather than the input's.
    case failure = 1
    /// Wrong usage: an unknown category, an option value that cannot work (EX_USAGE).
    case usage = 64
    /// The input is there but invalid: a dataset, a spec, a theme (EX_DATAERR).
    case data = 65
    /// A file the user named is not there (EX_NOINPUT).
    case missingInput = 66
    /// An output cannot be created or moved into place (EX_CANTCREAT).
    case cannotCreate = 73
    /// Writing or drawing an output failed part way (EX_IOERR).
    case io = 74
    /// The user pressed Ctrl-C (128 + SIGINT); no result was printed.
    case interrupted = 130
}
