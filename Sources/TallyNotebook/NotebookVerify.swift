import Foundation
import TallyData
import TallyDigest
import TallyRender

/// Checks a built notebook: its inputs are the ones the build read, every file in the build
/// folder is one the build made and is unchanged, and a rebuild makes the same bytes.
///
/// A received build folder may hold more than its provenance lists (an `index.htm` with a script
/// beside `index.html`), so every file in the folder is accounted for, and paths recorded in
/// `provenance.json` are read only when they stay inside their folder.
public enum NotebookVerify {
    /// A difference `verify` found.
    public struct Difference: Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Whether a path recorded in provenance is a plain relative path (no `..`, not absolute).
    static func isContained(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.hasPrefix("/") && !parts.contains("..") && !parts.contains("")
    }

    /// Everything under `folder`, relative to it and sorted, with whether it is a plain folder,
    /// a regular file, or something else (a link, a device, a pipe).
    static func listing(_ folder: String) -> [(path: String, kind: FileAttributeType?)] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var entries: [(path: String, kind: FileAttributeType?)] = []
        while let relative = walker.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(relative)
            entries.append((relative, (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType))
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The parts of provenance that a rebuild must reproduce exactly (the environment is only
    /// recorded: fonts and library versions differ between machines).
    static let comparedSections = ["notebook", "spec", "tally", "inputs_relative_to", "inputs", "outputs"]

    /// Rebuilds and compares with the provenance in `folder`.
    public static func verify(_ spec: NotebookSpec, specDisplay: String, folder: String,
                              progress: @escaping (Int, Int, NotebookSpec.Cell) -> Void) throws -> [Difference] {
        let provenancePath = (folder as NSString).appendingPathComponent("provenance.json")
        guard let data = FileManager.default.contents(atPath: provenancePath),
              let recorded = try? JSONParser.parse([UInt8](data)) else {
            return [Difference(path: provenancePath, message: "missing or unreadable; build the notebook first (notebook build)")]
        }
        var differences: [Difference] = []
        let package = NotebookBuild.packageFolder(spec)
        // Inputs: the data and the spec must be the ones the build used.
        for input in recorded["inputs"]?.arrayValue ?? [] {
            guard let path = input["path"]?.stringValue, let hash = input["sha256"]?.stringValue else { continue }
            guard isContained(path) else {
                differences.append(Difference(path: path, message: "provenance names an input outside the spec's folder"))
                continue
            }
            let full = (package as NSString).appendingPathComponent(path)
            guard let bytes = FileManager.default.contents(atPath: full) else {
                differences.append(Difference(path: full, message: "input is missing"))
                continue
            }
            if SHA256.hex([UInt8](bytes)) != hash {
                differences.append(Difference(path: full, message: "input changed since the build (SHA-256 differs)"))
            }
        }
        let rebuilt = try NotebookBuild.render(spec, specDisplay: specDisplay, progress: progress)
        let fresh = Dictionary(rebuilt.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        var listed = Set<String>(["provenance.json"])
        for output in recorded["outputs"]?.arrayValue ?? [] {
            guard let path = output["path"]?.stringValue, let hash = output["sha256"]?.stringValue else { continue }
            guard isContained(path) else {
                differences.append(Difference(path: path, message: "provenance names an output outside the build folder"))
                continue
            }
            listed.insert(path)
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
        for path in fresh.keys.sorted() where !listed.contains(path) {
            differences.append(Difference(path: (folder as NSString).appendingPathComponent(path), message: "the rebuild makes a file the recorded build does not have"))
        }
        // provenance.json itself: every section but the environment as the rebuild writes it.
        if let rebuiltProvenance = fresh["provenance.json"], let again = try? JSONParser.parse(rebuiltProvenance) {
            for key in comparedSections where recorded[key]?.serialized() != again[key]?.serialized() {
                differences.append(Difference(path: provenancePath, message: "its '\(key)' differs from the rebuild's (provenance.json was changed after the build)"))
            }
        }
        // Every entry in the folder: a file provenance lists, or a folder on the way to one.
        let folders = Set(listed.flatMap { path -> [String] in
            let parts = path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        for entry in listing(folder) {
            let full = (folder as NSString).appendingPathComponent(entry.path)
            switch entry.kind {
            case .typeRegular? where listed.contains(entry.path): continue
            case .typeDirectory? where folders.contains(entry.path): continue
            case .typeRegular?, .typeDirectory?:
                differences.append(Difference(path: full, message: "not made by the build (provenance.json does not list it); remove it or rebuild"))
            default:
                differences.append(Difference(path: full, message: "not a regular file (a link or a device); a build holds only files it wrote"))
            }
        }
        return differences
    }
}
