/// The entry point commands call to write their outputs: one output set (`OutputSet.write`),
/// with its failure passed on as a `CommandError`. Every old file stays as it was unless the
/// failure comes during the final renames, and then the error names the files already replaced
/// (see `OutputSet`).
public enum AtomicFiles {
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(CommandError) {
        do {
            try OutputSet.write(files)
        } catch {
            throw CommandError(error)
        }
    }

    /// Refuses (usage, 64) an output named twice, before any work is done.
    public static func checkDistinct(_ paths: [String]) throws(CommandError) {
        do {
            try OutputSet.checkDistinct(paths)
        } catch {
            throw CommandError(error)
        }
    }
}
