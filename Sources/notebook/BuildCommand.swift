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
            throw CommandError.usage("\(error)")
        }
        let files: [(path: String, bytes: [UInt8])]
        do {
            files = try NotebookBuild.render(spec, specDisplay: display, progress: options.progress)
        } catch {
            throw CommandError.data("\(error); \(folder) was left as it was")
        }
        do {
            try NotebookFolder.install(files, into: folder)
        } catch {
            throw CommandError(.cannotCreate, "\(error); \(folder) was left as it was")
        }
        if !options.quiet { printError("Wrote \(files.count) files to \(folder)") }
    }
}
