import Foundation
import Testing
@testable import TallyNotebook

@Suite("Notebooks: build, verify, tamper", .serialized)
struct NotebookTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A copy of the default dataset with a two-cell notebook, in a temporary folder.
    func workspace() throws -> (folder: String, spec: String) {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("tally-nb-\(UUID().uuidString)").path
        let data = folder + "/data"
        try fm.createDirectory(atPath: data, withIntermediateDirectories: true)
        for name in ["datapackage.json", "counts.csv", "sources.csv", "categories.csv", "groups.csv"] {
            try fm.copyItem(atPath: Self.root + "/datasets/memorial-political-prisoners/" + name, toPath: data + "/" + name)
        }
        let spec = """
            {"name": "small", "title": "Small notebook", "cells": [
              {"id": "intro", "text": "Two cells."},
              {"id": "trend", "analysis": "stats trend --from 2015-06 --to 2019-06"},
              {"id": "total", "chart": "chart line --annotate '2019-06-10=296 in June 2019'"}
            ]}
            """
        try spec.write(toFile: data + "/notebook.json", atomically: true, encoding: .utf8)
        return (folder, data + "/notebook.json")
    }

    func load(_ path: String) throws -> NotebookSpec {
        try NotebookSpec(path: path, bytes: [UInt8](FileManager.default.contents(atPath: path)!))
    }

    @Test func buildThenVerifyThenCatchTampering() throws {
        let (folder, specPath) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spec = try load(specPath)
        let out = folder + "/out/small"
        try NotebookFolder.install(try NotebookBuild.render(spec, specDisplay: "data/notebook.json") { _, _, _ in }, into: out)
        for name in ["index.md", "index.html", "small.ipynb", "provenance.json", "figures/total.png", "figures/total.svg",
                     "figures/total.pdf", "figures/total.txt", "tables/trend.csv", "tables/trend.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name) missing")
        }
        #expect(try NotebookVerify.verify(spec, specDisplay: "data/notebook.json", folder: out) { _, _, _ in }.isEmpty)

        // One byte of a committed figure changed: caught and named.
        let png = out + "/figures/total.png"
        var bytes = [UInt8](FileManager.default.contents(atPath: png)!)
        bytes[bytes.count / 2] ^= 0xFF
        _ = FileManager.default.createFile(atPath: png, contents: Data(bytes))
        let figure = try NotebookVerify.verify(spec, specDisplay: "data/notebook.json", folder: out) { _, _, _ in }
        #expect(figure.contains { $0.path.hasSuffix("figures/total.png") && $0.message.contains("does not match provenance.json") })

        // One input changed: caught, and the rebuilt outputs differ from the recorded ones.
        try NotebookFolder.install(try NotebookBuild.render(spec, specDisplay: "data/notebook.json") { _, _, _ in }, into: out)
        let counts = (specPath as NSString).deletingLastPathComponent + "/counts.csv"
        let text = try String(contentsOfFile: counts, encoding: .utf8).replacingOccurrences(of: "2019-06-10,total,296", with: "2019-06-10,total,297")
        try text.write(toFile: counts, atomically: true, encoding: .utf8)
        let input = try NotebookVerify.verify(spec, specDisplay: "data/notebook.json", folder: out) { _, _, _ in }
        #expect(input.contains { $0.path.hasSuffix("counts.csv") && $0.message.contains("input changed") })
        #expect(input.contains { $0.path.hasSuffix("tables/trend.json") })
        #expect(input.contains { $0.path.hasSuffix("figures/total.png") && $0.message.contains("pixels differ") })
    }

    @Test func aFailingCellLeavesThePreviousBuildAlone() throws {
        let (folder, specPath) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out/small"
        try NotebookFolder.install(try NotebookBuild.render(try load(specPath), specDisplay: "data/notebook.json") { _, _, _ in }, into: out)
        let before = FileManager.default.contents(atPath: out + "/index.md")
        let broken = """
            {"name": "small", "cells": [{"id": "bad", "analysis": "stats trend --category nobody"}]}
            """
        try broken.write(toFile: specPath, atomically: true, encoding: .utf8)
        #expect(throws: NotebookRunner.CellFailure.self) { try NotebookBuild.render(try load(specPath), specDisplay: "data/notebook.json") { _, _, _ in } }
        #expect(FileManager.default.contents(atPath: out + "/index.md") == before)
    }

    @Test func specErrorsSayWhatToFix() {
        func error(_ json: String) -> String {
            do { _ = try NotebookSpec(path: "n.json", bytes: Array(json.utf8)); return "" } catch { return "\(error)" }
        }
        #expect(error("{") .contains("n.json:1:2: not valid JSON"))
        #expect(error(#"{"name": "a b", "cells": []}"#).contains("'name' must be 1 to 64 ASCII letters"))
        #expect(error(#"{"name": "a", "cells": [{"analysis": "trend"}]}"#).contains("an analysis is a 'stats ...' command"))
        #expect(error(#"{"name": "a", "cells": [{"id": "x", "text": "t"}, {"id": "x", "text": "u"}]}"#).contains("must be unique"))
    }

    @Test func commandLinesSplitLikeAShell() throws {
        #expect(try NotebookSpec.words(#"chart line --annotate '2019-06-10=296 in June' --title "A \"quoted\" title""#) ==
                ["chart", "line", "--annotate", "2019-06-10=296 in June", "--title", "A \"quoted\" title"])
        #expect(throws: NotebookSpec.Invalid.self) { try NotebookSpec.words("stats 'open") }
    }
}
