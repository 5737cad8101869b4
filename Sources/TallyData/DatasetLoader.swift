#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TallyPrimitives

/// Reads a dataset from a data-package folder, a `datapackage.json` (`PackageLoader`), or a tidy
/// CSV (`TidyCSV`), validating everything on the way, and reads every file with Tally's limits.
/// It loads the path it is given: finding a default dataset is TallyCLI's `DefaultDataset`.
public enum DatasetLoader {
    /// Loads `path`; `-` is a tidy CSV on standard input.
    /// - Throws: `InputMissing` when the file is not there, `DatasetInvalid` with every error found.
    public static func load(_ path: String) throws -> Dataset {
        if path == StandardInput.path {
            // A notebook's cells read only the files beside its spec; its standard input is not one.
            if ReadBoundary.current != nil {
                throw InputMissing(path: path, reason: "standard input is not read in a notebook; put the CSV in the notebook's folder")
            }
            return try TidyCSV.load(path)
        }
        var isDir = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputMissing(path: path, reason: "no such file or folder")
        }
        if isDir {
            let descriptor = FilePath.join(path, "datapackage.json")
            guard FileManager.default.fileExists(atPath: descriptor) else {
                throw InputMissing(path: descriptor, reason: "the folder has no datapackage.json; pass a data-package folder, a datapackage.json or a CSV file")
            }
            return try PackageLoader.load(descriptor)
        }
        if path.lowercased().hasSuffix(".json") { return try PackageLoader.load(path) }
        return try TidyCSV.load(path)
    }

    /// The bytes of `path`, refusing a file larger than `limit` bytes (`limitName` names the
    /// constant in the message) before reading it.
    static func readBytes(_ path: String, limit: Int = DataLimits.maxTableBytes,
                          limitName: String = "DataLimits.maxTableBytes") throws -> [UInt8] {
        try ReadBoundary.admit(path)
        InputFiles.record(path)
        if let size = ResourcePath.regularFileSize(path), size > limit {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, message:
                "the file is \(size) bytes, larger than Tally reads (\(limit) bytes, \(limitName)); split it or remove what is not counts")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputMissing(path: path, reason: "cannot be read")
        }
        guard data.count <= limit else {
            throw DatasetInvalid(issues: [ValidationIssue(file: path, message:
                "the input is more than \(limit) bytes, larger than Tally reads (\(limitName))")])
        }
        return [UInt8](data)
    }

    static func readTable(_ path: String, display: String) throws -> CSVTable {
        let bytes = try readBytes(path)
        do {
            return try CSVTable(bytes: bytes, file: display)
        } catch {
            throw DatasetInvalid(issues: [ValidationIssue(file: error.file, line: error.line, column: error.column, message: error.message)])
        }
    }
}
