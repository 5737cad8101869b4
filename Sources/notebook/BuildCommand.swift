import ArgumentParser
import Foundation
import TallyCLI
import TallyNotebook

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every cell and write <out-dir>/<name>/ (the previous build is replaced only when all cells succeed).")

    @OptionGroup var options: NotebookOptions

    @Flag(name: .long, help: "Replace a build folder that holds another spec's build (or no build).")
    var force = false

    func run() throws {
        let spec = try options.load()
        let folder = options.buildFolder(spec)
        let display = options.display(spec)
        do {
            try NotebookFolder.checkOwner(folder, specDisplay: display, force: force)
        } catch {
            printError("error: \(error)")
            throw ExitCode(64)
        }
        let files: [(path: String, bytes: [UInt8])]
        do {
            files = try NotebookBuild.render(spec, specDisplay: display, progress: options.progress)
        } catch {
            printError("error: \(error); \(folder) was left as it was")
            throw ExitCode(65)
        }
        do {
            try NotebookFolder.install(files, into: folder)
        } catch {
            printError("error: \(error); \(folder) was left as it was")
            throw ExitCode(73)
        }
        if !options.quiet { printError("Wrote \(files.count) files to \(folder)") }
    }
}
