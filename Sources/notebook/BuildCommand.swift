import ArgumentParser
import Foundation
import TallyCLI
import TallyNotebook

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every cell and write notebooks-out/<name>/ (the previous build is replaced only when all cells succeed).")

    @OptionGroup var options: NotebookOptions

    func run() throws {
        let spec = try options.load()
        let files: [(path: String, bytes: [UInt8])]
        do {
            files = try NotebookBuild.render(spec, progress: options.progress)
        } catch {
            printError("error: \(error); notebooks-out/\(spec.name) was left as it was")
            throw ExitCode(65)
        }
        let folder = (options.outDir as NSString).appendingPathComponent(spec.name)
        do {
            try NotebookBuild.install(files, into: folder)
        } catch {
            printError("error: cannot write \(folder): \(error)")
            throw ExitCode(73)
        }
        if !options.quiet { printError("Wrote \(files.count) files to \(folder)") }
    }
}
