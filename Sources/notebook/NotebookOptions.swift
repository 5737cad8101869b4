import ArgumentParser
import Foundation
import TallyCLI
import TallyData
import TallyNotebook

/// Where the notebook spec is and where its build goes.
struct NotebookOptions: ParsableArguments {
    @Argument(help: "The notebook spec (JSON; default: the default dataset's notebook.json).")
    var spec: String?

    @Option(name: .customLong("out-dir"), help: "The folder that holds built notebooks.")
    var outDir: String = "notebooks-out"

    @Flag(name: .long, help: "No progress on stderr.")
    var quiet = false

    func load() throws -> NotebookSpec {
        guard let path = spec ?? DatasetLoader.defaultDatasetPath().map({ $0 + "/notebook.json" }) else {
            printError("error: no notebook spec given and the default dataset was not found; run from the project folder")
            throw ExitCode(66)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: \(path): no such file")
            throw ExitCode(66)
        }
        do {
            return try NotebookSpec(path: NotebookOptions.relative(path), bytes: [UInt8](data))
        } catch {
            printError("error: \(error)")
            throw ExitCode(65)
        }
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
