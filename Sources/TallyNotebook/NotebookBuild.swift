import Foundation
import TallyData
import TallyDigest
import TallyRender
import TallyStats

/// Builds a notebook into `notebooks-out/<name>/` with its provenance, and verifies a built one.
///
/// Build: every cell runs, every file is written into a temporary folder beside the destination,
/// and only then does that folder replace the old one; a failing cell leaves the previous build
/// as it was. Verify: rebuild into a temporary folder and compare every output's SHA-256 with
/// `provenance.json` (and every input's), reporting what differs, with a pixel count for images.
public enum NotebookBuild {
    public static let tallyVersion = "0.1.0"

    /// The files a notebook reads: its spec, and the data package in the spec's folder.
    static func inputs(_ spec: NotebookSpec) -> [String] {
        let folder = (spec.path as NSString).deletingLastPathComponent
        var paths = [spec.path]
        let descriptor = (folder as NSString).appendingPathComponent("datapackage.json")
        if let data = FileManager.default.contents(atPath: descriptor), let json = try? JSONParser.parse([UInt8](data)) {
            paths.append(descriptor)
            for r in json["resources"]?.arrayValue ?? [] {
                if let p = r["path"]?.stringValue { paths.append((folder as NSString).appendingPathComponent(p)) }
            }
        }
        return paths
    }

    static func relative(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    static func gitCommit() -> String {
        func run(_ command: String) -> String? {
            guard let pipe = popen(command, "r") else { return nil }
            var out = ""
            var buffer = [CChar](repeating: 0, count: 256)
            while fgets(&buffer, 256, pipe) != nil {
                let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
                out += String(decoding: bytes, as: UTF8.self)
            }
            return pclose(pipe) == 0 ? out.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        }
        guard let head = run("git rev-parse HEAD 2>/dev/null"), !head.isEmpty else { return "unknown (not a git checkout)" }
        let dirty = run("git status --porcelain --untracked-files=no 2>/dev/null").map { !$0.isEmpty } ?? false
        return head + (dirty ? " (with uncommitted changes)" : "")
    }

    /// Provenance: inputs and outputs with their SHA-256, the cell that made each output, and
    /// what the build ran on. Only `inputs` and `outputs` are compared by `verify`.
    static func provenance(_ spec: NotebookSpec, files: [(path: String, bytes: [UInt8])],
                           producedBy: [String: String]) -> JSONValue {
        let inputs: [JSONValue] = inputs(spec).map { path in
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            return .object([("path", .string(relative(path))), ("sha256", .string(SHA256.hex(bytes))), ("bytes", .int(bytes.count))])
        }
        let fonts = ["Noto Sans", "Noto Sans:bold", "DejaVu Sans"].map { pattern -> JSONValue in
            .object([("pattern", .string(pattern)), ("file", .optional(RenderEnvironment.fontFile(pattern)))])
        }
        return .object([
            ("notebook", .string(spec.name)),
            ("spec", .object([("path", .string(relative(spec.path))), ("sha256", .string(SHA256.hex(spec.bytes)))])),
            ("tally", .object([("version", .string(tallyVersion)), ("git_commit", .string(gitCommit()))])),
            ("environment", .object([
                ("cairo", .string(RenderEnvironment.cairoVersion)), ("pango", .string(RenderEnvironment.pangoVersion)),
                ("gsl", .string(StatsEnvironment.gslVersion)), ("fonts", .array(fonts)),
            ])),
            ("inputs", .array(inputs)),
            ("outputs", .array(files.sorted { $0.path < $1.path }.map { f in
                .object([("path", .string(f.path)), ("sha256", .string(SHA256.hex(f.bytes))), ("bytes", .int(f.bytes.count)),
                         ("cell", .optional(producedBy[f.path]))])
            })),
        ])
    }

    /// Runs the notebook and returns every output file, provenance last.
    public static func render(_ spec: NotebookSpec, progress: @escaping (Int, Int, NotebookSpec.Cell) -> Void) throws -> [(path: String, bytes: [UInt8])] {
        // Cells read the data package that sits beside the spec, wherever the build runs from.
        let folder = (spec.path as NSString).deletingLastPathComponent
        let hasPackage = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("datapackage.json"))
        var runner = NotebookRunner(spec: spec)
        runner.progress = progress
        let results = try DatasetLoader.$defaultOverride.withValue(hasPackage ? (folder.isEmpty ? "." : folder) : nil) {
            try runner.run()
        }
        let files = NotebookWriter(spec: spec, results: results).files()
        var producedBy: [String: String] = [:]
        for f in files {
            let parts = f.path.split(separator: "/")
            if parts.count == 2, let dot = parts[1].lastIndex(of: ".") { producedBy[f.path] = String(parts[1][..<dot]) }
        }
        let prov = provenance(spec, files: files, producedBy: producedBy)
        return files + [("provenance.json", Array(prov.serialized().utf8))]
    }

    /// Writes `files` into `folder` atomically: a temporary sibling folder, then a swap.
    public static func install(_ files: [(path: String, bytes: [UInt8])], into folder: String) throws {
        let fm = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        try fm.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
        let temp = folder + ".tmp-\(getpid())"
        try? fm.removeItem(atPath: temp)
        try write(files, into: temp)
        let old = folder + ".old-\(getpid())"
        if fm.fileExists(atPath: folder) { try fm.moveItem(atPath: folder, toPath: old) }
        do {
            try fm.moveItem(atPath: temp, toPath: folder)
        } catch {
            if fm.fileExists(atPath: old) { try? fm.moveItem(atPath: old, toPath: folder) }
            throw error
        }
        try? fm.removeItem(atPath: old)
    }

    static func write(_ files: [(path: String, bytes: [UInt8])], into folder: String) throws {
        let fm = FileManager.default
        for f in files {
            let full = (folder as NSString).appendingPathComponent(f.path)
            try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard fm.createFile(atPath: full, contents: Data(f.bytes)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: full])
            }
        }
    }

    /// A difference `verify` found.
    public struct Difference: Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Rebuilds and compares with the provenance in `folder`.
    public static func verify(_ spec: NotebookSpec, folder: String,
                              progress: @escaping (Int, Int, NotebookSpec.Cell) -> Void) throws -> [Difference] {
        let provenancePath = (folder as NSString).appendingPathComponent("provenance.json")
        guard let data = FileManager.default.contents(atPath: provenancePath),
              let recorded = try? JSONParser.parse([UInt8](data)) else {
            return [Difference(path: provenancePath, message: "missing or unreadable; build the notebook first (notebook build)")]
        }
        var differences: [Difference] = []
        // Inputs: the data and the spec must be the ones the build used.
        for input in recorded["inputs"]?.arrayValue ?? [] {
            guard let path = input["path"]?.stringValue, let hash = input["sha256"]?.stringValue else { continue }
            guard let bytes = FileManager.default.contents(atPath: path) else {
                differences.append(Difference(path: path, message: "input is missing"))
                continue
            }
            if SHA256.hex([UInt8](bytes)) != hash {
                differences.append(Difference(path: path, message: "input changed since the build (SHA-256 differs)"))
            }
        }
        let rebuilt = try render(spec, progress: progress)
        let fresh = Dictionary(uniqueKeysWithValues: rebuilt.map { ($0.path, $0.bytes) })
        var seen = Set<String>()
        for output in recorded["outputs"]?.arrayValue ?? [] {
            guard let path = output["path"]?.stringValue, let hash = output["sha256"]?.stringValue else { continue }
            seen.insert(path)
            let committedPath = (folder as NSString).appendingPathComponent(path)
            let committed = FileManager.default.contents(atPath: committedPath).map { [UInt8]($0) }
            guard let committed else {
                differences.append(Difference(path: committedPath, message: "missing from the built notebook"))
                continue
            }
            if SHA256.hex(committed) != hash {
                differences.append(Difference(path: committedPath, message: "does not match provenance.json (the file was changed after the build)"))
            }
            guard let new = fresh[path] else {
                differences.append(Difference(path: committedPath, message: "the rebuild no longer makes this file"))
                continue
            }
            if SHA256.hex(new) != hash {
                var message = "the rebuild differs from the recorded build"
                if path.hasSuffix(".png"), let diff = PNGComparison.differingPixels(committed, new) {
                    message += " (\(diff.differing) of \(diff.total) pixels differ)"
                }
                differences.append(Difference(path: committedPath, message: message))
            }
        }
        for path in fresh.keys.sorted() where !seen.contains(path) && path != "provenance.json" {
            differences.append(Difference(path: (folder as NSString).appendingPathComponent(path), message: "the rebuild makes a file the recorded build does not have"))
        }
        return differences
    }
}
