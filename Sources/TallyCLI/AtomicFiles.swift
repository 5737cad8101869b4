import ArgumentParser

/// The entry point commands have always called: writes `files` as one output set
/// (`OutputSet.write`), and on failure prints the error and exits with its sysexits code.
public enum AtomicFiles {
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        do {
            try OutputSet.write(files)
        } catch {
            throw error.reported()
        }
    }

    /// Refuses (exit 64, printed) an output named twice, before any work is done.
    public static func checkDistinct(_ paths: [String]) throws {
        do {
            try OutputSet.checkDistinct(paths)
        } catch {
            throw error.reported()
        }
    }
}
