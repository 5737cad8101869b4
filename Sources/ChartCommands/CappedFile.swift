import ArgumentParser
import TallyCharts
import TallyCLI
import TallyRender

/// A file the user named (a chart spec, a theme, a logo), read through `BoundedFile`; errors are
/// printed with the file's name, exit 66 when it is missing and 65 when it is too large or not a
/// regular file.
enum CappedFile {
    static func read(_ path: String, limit: Int, what: String) throws -> [UInt8] {
        do {
            return try BoundedFile.read(path, limit: limit)
        } catch {
            printError("error: \(SafeText.clean(path)): \(what): \(error)")
            if case .missing = error { throw ExitCode(66) }
            throw ExitCode(65)
        }
    }
}
