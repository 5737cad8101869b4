import ArgumentParser
import Foundation
import TallyCLI
import TallyNotebook

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Rebuild in memory and compare every input and output with provenance.json; exit 1 on any difference.")

    @OptionGroup var options: NotebookOptions

    func run() throws {
        let spec = try options.load()
        let folder = (options.outDir as NSString).appendingPathComponent(spec.name)
        let differences: [NotebookBuild.Difference]
        do {
            differences = try NotebookBuild.verify(spec, folder: folder, progress: options.progress)
        } catch {
            printError("error: \(error)")
            throw ExitCode(65)
        }
        if differences.isEmpty {
            print("verified: every file in \(folder) matches its provenance and rebuilds identically")
            return
        }
        for d in differences { printError("differs: \(d)") }
        printError("\(differences.count) difference\(differences.count == 1 ? "" : "s"); rebuild with: notebook build")
        throw ExitCode(1)
    }
}
