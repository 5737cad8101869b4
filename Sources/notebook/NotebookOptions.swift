import ArgumentParser
import Foundation
import TallyCLI
import TallyData
import TallyNotebook

/// Where the notebook spec is and where its build goes.
struct NotebookOptions: ParsableArguments {
    @Argument(help: "The notebook spec (JSON; default: the default dataset's notebook.json).")
    var spec: String?

    @Option(name: .customLong("out-dir"),
            help: "The folder that holds built notebooks (default: notebooks-out/ beside the datasets/ folder that holds the spec, else in the current folder).")
    var outDir: String?

    @Flag(name: .long, help: "No progress on stderr.")
    var quiet = false

    /// The spec file as given, or the default dataset's.
    func specPath() throws -> String {
        guard let path = spec ?? DefaultDataset.path().map({ $0 + "/notebook.json" }) else {
            throw CommandError.missingInput("no notebook spec given and the default dataset was not found; run from the project folder or name the spec")
        }
        return path
    }

    func load() throws -> NotebookSpec {
        let path = try specPath()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw CommandError.missingInput("\(path): no such file")
        }
        do {
            return try NotebookSpec(path: NotebookOptions.relative(path), bytes: [UInt8](data))
        } catch {
            throw CommandError.data("\(error)")
        }
    }

    /// The project folder: the one holding `datasets/<package>/<spec>`, when the spec sits there.
    static func projectRoot(ofSpec path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        let datasets = absolute.deletingLastPathComponent().deletingLastPathComponent()
        return datasets.lastPathComponent == "datasets" ? datasets.deletingLastPathComponent().path : nil
    }

    /// The folder that holds builds: `--out-dir`, else `notebooks-out/` in the project folder.
    func outFolder(_ spec: NotebookSpec) -> String {
        Self.relative(outDir ?? Self.projectRoot(ofSpec: spec.path).map { ($0 as NSString).appendingPathComponent("notebooks-out") } ?? "notebooks-out")
    }

    /// The build folder of `spec`: `<out-dir>/<name>`.
    func buildFolder(_ spec: NotebookSpec) -> String {
        (outFolder(spec) as NSString).appendingPathComponent(spec.name)
    }

    /// How provenance names the spec, the same from any working folder and on any machine: its
    /// path from the folder that holds the out-dir (the project folder by default:
    /// `datasets/<package>/notebook.json`), else its absolute path. Two specs that share a build
    /// folder are told apart by it, so one cannot replace the other's build unnoticed.
    func display(_ spec: NotebookSpec) -> String {
        let specPath = URL(fileURLWithPath: spec.path).resolvingSymlinksInPath().standardizedFileURL.path
        let base = URL(fileURLWithPath: outFolder(spec)).resolvingSymlinksInPath().standardizedFileURL.deletingLastPathComponent().path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return specPath.hasPrefix(prefix) ? String(specPath.dropFirst(prefix.count)) : specPath
    }

    static func relative(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    func progress(_ i: Int, _ n: Int, _ cell: NotebookSpec.Cell) {
        guard !quiet else { return }
        let what: String
        switch cell {
        case .text: what = "text"
        case .analysis(_, let c, _), .chart(_, let c, _): what = c
        }
        printError("[\(i)/\(n)] \(cell.id): \(what)")
    }
}
