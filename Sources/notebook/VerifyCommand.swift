import ArgumentParser
import Foundation
import TallyCLI
import TallyNotebook

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Rebuild in memory and compare every input and output with provenance.json, and list files the build did not make; exit 1 on any difference.")

    @OptionGroup var options: NotebookOptions

    func run() throws {
        let spec = try options.load()
        let folder = options.buildFolder(spec)
        let differences: [NotebookVerify.Difference]
        do {
            differences = try NotebookVerify.verify(spec, specDisplay: options.display(spec), folder: folder,
                                                    progress: options.progress)
        } catch {
            throw CommandError.data("\(error)")
        }
        if differences.isEmpty {
            print("verified: every file in \(folder) matches its provenance and rebuilds identically")
            return
        }
        throw CommandError(.failure, "\(differences.count) difference\(differences.count == 1 ? "" : "s"); rebuild with: notebook build",
                           details: differences.map { "differs: \($0)" }, label: nil)
    }
}
