import TallyCharts
import TallyCLI
import TallyRender

/// A file the user named (a chart spec, a theme, a logo), read through `BoundedFile`; a failure
/// names the file and is missing input (66) when it is not there, else data (65: too large, not a
/// regular file, unreadable).
enum CappedFile {
    static func read(_ path: String, limit: Int, what: String) throws -> [UInt8] {
        do {
            return try BoundedFile.read(path, limit: limit)
        } catch {
            let exitClass: ExitClass
            if case .missing = error { exitClass = .missingInput } else { exitClass = .data }
            throw CommandError(exitClass, "\(SafeText.clean(path)): \(what): \(error)")
        }
    }
}
