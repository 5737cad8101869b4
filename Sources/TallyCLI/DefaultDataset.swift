#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TallyData
import TallyPrimitives

/// Where a command finds its dataset when it is given none: the task's override, else
/// `$TALLY_DEFAULT_DATASET`, else `DefaultDataset.folder` found by walking up from
/// the current directory, else from the executable's own folder. The data layer only loads the
/// path it is given; finding a default is the executables' business.
public enum DefaultDataset {
    /// The folder of the default dataset, relative to the project folder (also named in help texts).
    public static let folder = "datasets/memorial-political-prisoners"

    /// The default dataset for the current task only (the notebook runner sets it to the data
    /// package beside its spec); unlike an environment variable it is not seen by other threads
    /// or by child processes.
    @TaskLocal public static var override: String?

    /// Finds the default dataset: the task's override, else `$TALLY_DEFAULT_DATASET`, else the
    /// project folder found by walking up from the current directory, else from the executable's
    /// own folder.
    public static func path() -> String? {
        if let override { return override }
        if let env = ProcessInfo.processInfo.environment["TALLY_DEFAULT_DATASET"], !env.isEmpty { return env }
        let fm = FileManager.default
        var starts = [fm.currentDirectoryPath]
        if let exe = CommandLine.arguments.first, exe.contains("/") {
            starts.append(FilePath.directory(of: FilePath.join(fm.currentDirectoryPath, exe)))
        }
        for start in starts {
            var dir = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent(folder)
                if fm.fileExists(atPath: candidate.appendingPathComponent("datapackage.json").path) {
                    return candidate.path
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// Loads `path`, or the default dataset when nil.
    /// - Throws: `InputMissing` when the file is not there, `DatasetInvalid` with every error found.
    public static func load(_ path: String?) throws -> Dataset {
        guard let path = path ?? self.path() else {
            throw InputMissing(path: folder,
                               reason: "the default dataset was not found; run from the project folder or pass a dataset path")
        }
        return try DatasetLoader.load(path)
    }
}
