import Foundation
import Testing
import TallyData
import TallyReport
@testable import TallyNotebook

/// A received notebook spec is untrusted (issue 11): what it holds may show as text, never run,
/// load from another host, or reach outside its folder.
@Suite("Received notebooks: nothing in a spec runs, loads from elsewhere or escapes its folder", .serialized)
struct ReceivedNotebookTests {
    static let attacks = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](jav&#x61;script:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[file](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "[ref][x]\n\n[x]: javascript:alert(1)",
        "![pixel](https://evil.example/track.png)",
        "![pixel](//evil.example/track.png)",
        "![up](../../../secret.png)",
    ]

    @Test(arguments: attacks)
    func markdownFromASpecCannotCarryScriptLinksOrRemoteImages(_ attack: String) {
        let md = SafeMarkdown("Intro.\n\n" + attack + "\n")
        let html = md.html.lowercased()
        for forbidden in ["<script", "<img src=x", "<iframe", "<div onmouseover", "href=\"javascript", "href=\"data:",
                          "href=\"file:", "src=\"https:", "src=\"//", "src=\"../"] {
            #expect(!html.contains(forbidden), "\(forbidden) in \(html)")
        }
        // The CommonMark written back (index.md, Jupyter's Markdown cells) is as clean once rendered.
        let again = SafeMarkdown(md.commonMark).html.lowercased()
        #expect(!again.contains("<script") && !again.contains("href=\"javascript") && !again.contains("src=\"https:"), "\(again)")
    }

    @Test func safeLinksAndLocalFiguresStay() {
        let html = SafeMarkdown("[site](https://memohrc.org/en) [mail](mailto:a@b.org) [table](tables/x.csv) ![chart](figures/a.png)").html
        #expect(html.contains("href=\"https://memohrc.org/en\""))
        #expect(html.contains("href=\"mailto:a@b.org\""))
        #expect(html.contains("href=\"tables/x.csv\""))
        #expect(html.contains("src=\"figures/a.png\""))
    }

    @Test func rawHTMLShowsAsText() {
        let html = SafeMarkdown("a <b>bold</b> claim").html
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "\(html)")
    }

    @Test func tablesStillRender() {
        let html = SafeMarkdown("| a | b |\n| --- | --- |\n| 1 | 2 |\n").html
        #expect(html.contains("<table>") && html.contains("<td>1</td>"))
    }

    @Test func textFromDataIsLiteralMarkdown() {
        for text in ["[click](javascript:alert(1))", "<script>x</script>", "# heading", "1. item", "- item", "a|b", "*not emphasis*"] {
            let html = SafeMarkdown(MarkdownText.escaped(text)).html
            #expect(!html.contains("<a ") && !html.contains("<script") && !html.contains("<h1") && !html.contains("<ol")
                    && !html.contains("<ul") && !html.contains("<em"), "\(text) -> \(html)")
        }
    }

    // MARK: - Commands in the Jupyter notebook

    @Test func aCommandBecomesAPythonListOfLiteralStrings() throws {
        let call = NotebookWriter.pythonCall(#"chart line --title '$(touch pwned) `id` {os.system("x")} \ '"'"' end'"#)
        #expect(call.hasPrefix("import subprocess\nsubprocess.run(["))
        #expect(!call.contains("\n!") && !call.hasPrefix("!"))
        // Python itself reads back exactly the words the build ran.
        let words = try NotebookSpec.words(#"chart line --title '$(touch pwned) `id` {os.system("x")} \ '"'"' end'"#)
        let script = call.replacingOccurrences(of: "import subprocess\nsubprocess.run(", with: "import json\nprint(json.dumps(")
            .replacingOccurrences(of: ", check=True)", with: "))")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        let decoded = try JSONSerialization.jsonObject(with: data) as? [String]
        #expect(decoded == words)
    }

    @Test func controlCharactersInAWordAreEscapedForPython() {
        #expect(NotebookWriter.pythonString("a\u{1B}[31mb\u{2028}c'\\") == #"'a\U0000001b[31mb\U00002028c\'\\'"#)
    }

    @Test func aCommandWithALineBreakIsRefused() {
        let json = #"{"name": "n", "cells": [{"id": "a", "analysis": "stats show\n!touch pwned"}]}"#
        #expect(throws: NotebookSpec.Invalid.self) { try NotebookSpec(path: "n.json", bytes: Array(json.utf8)) }
    }

    @Test func namesAndIdsArePlainASCII() {
        for name in ["../x", "a/b", "-rf", "", String(repeating: "a", count: 65), "имя", "a.b"] {
            let json = "{\"name\": \"\(name)\", \"cells\": [{\"text\": \"t\"}]}"
            #expect(throws: NotebookSpec.Invalid.self, "\(name)") { try NotebookSpec(path: "n.json", bytes: Array(json.utf8)) }
        }
    }

    // MARK: - Folders

    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-recv-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aCellCannotReadOutsideItsFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = "date,category,count\n2020-01-01,total,1\n"
        let outside = folder + "/outside.csv"
        try csv.write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/pkg", withIntermediateDirectories: true)
        try csv.write(toFile: folder + "/pkg/inside.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/pkg/link.csv", withDestinationPath: outside)
        // Relative paths in a cell are read from the current folder; put it in the package.
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder + "/pkg")
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        func build(_ path: String) throws -> [String] {
            let json = "{\"name\": \"n\", \"cells\": [{\"id\": \"a\", \"analysis\": \"stats show \(path)\"}]}"
            let spec = try NotebookSpec(path: folder + "/pkg/notebook.json", bytes: Array(json.utf8))
            let files = try NotebookBuild.render(spec, specDisplay: "pkg/notebook.json") { _, _, _ in }
            return files.map(\.path)
        }
        #expect(try build("inside.csv").contains("tables/a.csv"))
        for path in [outside, "../outside.csv", "link.csv", "/etc/hostname"] {
            #expect(throws: NotebookRunner.CellFailure.self, "\(path) was read") { try build(path) }
        }
        // What the cells see: the boundary names the folder and refuses each way out.
        let boundary = try ReadBoundary(folder: folder + "/pkg")
        try boundary.admit("inside.csv")
        for path in [outside, "../outside.csv", "link.csv", "/etc/hostname"] {
            do {
                try boundary.admit(path)
                Issue.record("\(path) admitted")
            } catch {
                #expect("\(error)".contains("outside the notebook's folder"), "\(error)")
            }
        }
        #expect(boundary.reads == ["inside.csv"])
    }

    @Test func aBuildFolderHoldingAnotherSpecsBuildIsNotReplaced() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/victim"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try #"{"spec": {"path": "datasets/victim/notebook.json"}}"#.write(toFile: out + "/provenance.json", atomically: true, encoding: .utf8)
        #expect(throws: NotebookFolder.Occupied.self) { try NotebookFolder.checkOwner(out, specDisplay: "elsewhere/notebook.json", force: false) }
        try NotebookFolder.checkOwner(out, specDisplay: "datasets/victim/notebook.json", force: false)
        try NotebookFolder.checkOwner(out, specDisplay: "elsewhere/notebook.json", force: true)
        try FileManager.default.removeItem(atPath: out + "/provenance.json")
        #expect(throws: NotebookFolder.Occupied.self) { try NotebookFolder.checkOwner(out, specDisplay: "datasets/victim/notebook.json", force: false) }
    }

    @Test func installSwapsWholeBuildsAndClearsStaleTemporaries() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/nb"
        // A temporary folder left by a killed build (pid 2^22 - 1 is beyond Linux's pid_max default).
        let stale = folder + "/.nb.tmp-4194303-0"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        try NotebookFolder.install([("index.md", Array("old".utf8)), ("figures/a.png", [1])], into: out)
        #expect(!FileManager.default.fileExists(atPath: stale))
        try NotebookFolder.install([("index.md", Array("new".utf8))], into: out)
        #expect(FileManager.default.contents(atPath: out + "/index.md") == Data("new".utf8))
        #expect(!FileManager.default.fileExists(atPath: out + "/figures/a.png"), "the old build was not replaced whole")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".nb.tmp") }
        #expect(left.isEmpty, "\(left)")
        #expect(throws: NotebookFolder.WriteFailed.self) { try NotebookFolder.install([("../escape.md", [1])], into: out) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/escape.md"))
        #expect(FileManager.default.contents(atPath: out + "/index.md") == Data("new".utf8))
    }

    @Test func verifyListsFilesTheBuildDidNotMake() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = #"{"name": "t", "cells": [{"id": "a", "text": "Only text."}]}"#
        try json.write(toFile: folder + "/notebook.json", atomically: true, encoding: .utf8)
        let spec = try NotebookSpec(path: folder + "/notebook.json", bytes: Array(json.utf8))
        let out = folder + "/out/t"
        try NotebookFolder.install(try NotebookBuild.render(spec, specDisplay: "x/notebook.json") { _, _, _ in }, into: out)
        #expect(try NotebookVerify.verify(spec, specDisplay: "x/notebook.json", folder: out) { _, _, _ in }.isEmpty)
        try "<script>alert(1)</script>".write(toFile: out + "/index.htm", atomically: true, encoding: .utf8)
        let found = try NotebookVerify.verify(spec, specDisplay: "x/notebook.json", folder: out) { _, _, _ in }
        #expect(found.contains { $0.path.hasSuffix("index.htm") && $0.message.contains("not made by the build") })
    }
}

@Suite("Received notebooks: provenance lists every file a cell read")
struct NotebookReadsTests {
    @Test func aThemeInThePackageIsRecordedInProvenance() throws {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let folder = fm.temporaryDirectory.appendingPathComponent("tally-reads-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: folder) }
        for name in ["datapackage.json", "counts.csv", "sources.csv", "categories.csv", "groups.csv"] {
            try fm.copyItem(atPath: root + "/datasets/memorial-political-prisoners/" + name, toPath: folder + "/" + name)
        }
        try fm.copyItem(atPath: root + "/Tests/EndToEndTests/Fixtures/theme-brand.json", toPath: folder + "/brand.json")
        let json = "{\"name\": \"t\", \"cells\": [{\"id\": \"a\", \"chart\": \"chart line --theme \(folder)/brand.json\"}]}"
        let spec = try NotebookSpec(path: folder + "/notebook.json", bytes: Array(json.utf8))
        let files = try NotebookBuild.render(spec, specDisplay: "t/notebook.json") { _, _, _ in }
        let provenance = String(decoding: files.last!.bytes, as: UTF8.self)
        #expect(files.last!.path == "provenance.json")
        #expect(provenance.contains("\"path\": \"brand.json\""), "\(provenance)")
        #expect(provenance.contains("\"path\": \"counts.csv\""))
    }
}

@Suite("Received notebooks: what the red-team review found")
struct NotebookReviewFindingsTests {
    /// cmark decodes an entity once and writes the target back raw: the CommonMark written must
    /// not decode, in the next renderer, to a remote image or a script link.
    @Test(arguments: ["![a](https&amp;#58;//evil.example/x.png)", "![a](&amp;#47;&amp;#47;evil.example/x.png)",
                      "[x](javascript&amp;#58;alert\\(1\\))", "![a](https&amp;amp;amp;#58;//evil.example/x.png)"])
    func entityEncodedTargetsDoNotSurviveASecondRendering(_ attack: String) {
        let written = SafeMarkdown(attack).commonMark
        let seen = SafeMarkdown.inspect(written)
        #expect(seen.images.allSatisfy(SafeMarkdown.isSafeImage), "\(written)")
        #expect(seen.links.allSatisfy(SafeMarkdown.isSafeLink), "\(written)")
        #expect(seen.html.isEmpty, "\(written)")
    }

    @Test func oneCellCannotContinueIntoTheNext() {
        let spec = try! NotebookSpec(path: "n.json", bytes: Array(#"{"name": "n", "cells": [{"id": "a", "text": "x"}]}"#.utf8))
        let results: [(cell: NotebookSpec.Cell, output: NotebookRunner.Output)] = [
            (.text(id: "a", markdown: "- a"), .text(markdown: "- a")),
            (.text(id: "b", markdown: "    <script>alert(1)</script>\n    ![x](https://evil.example/x.png)"),
             .text(markdown: "    <script>alert(1)</script>\n    ![x](https://evil.example/x.png)")),
        ]
        let page = NotebookWriter(spec: spec, results: results, specDisplay: "n.json").markdown()
        let seen = SafeMarkdown.inspect(page)
        #expect(seen.html.allSatisfy { $0.hasPrefix("<!-- end of cell -->") }, "\(seen.html)")
        #expect(seen.images.isEmpty, "\(seen.images)")
    }

    @Test func commandsAreShownQuotedForAShell() {
        let line = NotebookWriter.shellLine(#"chart line --title "Counts $(touch pwned); `id`" --note 'it'"'"'s'"#)
        #expect(line == #"chart line --title 'Counts $(touch pwned); `id`' --note 'it'\''s'"#)
        #expect(NotebookWriter.shellLine("stats trend --from 2015-06 --to 2019-06") == "stats trend --from 2015-06 --to 2019-06")
    }

    @Test(arguments: ["chart line --out /tmp/x.png", "chart line --out=/tmp/x.png", "stats trend --flows x.csv"])
    func cellsCannotNameTheirOwnOutputs(_ command: String) {
        let kind = command.hasPrefix("chart") ? "chart" : "analysis"
        let json = "{\"name\": \"n\", \"cells\": [{\"id\": \"a\", \"\(kind)\": \"\(command)\"}]}"
        #expect(throws: NotebookSpec.Invalid.self) { try NotebookSpec(path: "n.json", bytes: Array(json.utf8)) }
    }

    @Test func textCellsAreBounded() {
        let big = String(repeating: "- ", count: NotebookSpec.maximumTextBytes)
        let json = "{\"name\": \"n\", \"cells\": [{\"id\": \"a\", \"text\": \"\(big)\"}]}"
        #expect(throws: NotebookSpec.Invalid.self) { try NotebookSpec(path: "n.json", bytes: Array(json.utf8)) }
        let title = #"{"name": "n", "cells": [{"id": "title", "text": "x"}]}"#
        #expect(throws: NotebookSpec.Invalid.self) { try NotebookSpec(path: "n.json", bytes: Array(title.utf8)) }
    }

    @Test func verifyComparesProvenanceAndRefusesLinksAndStrayFolders() throws {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("tally-prov-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: folder) }
        let json = #"{"name": "t", "cells": [{"id": "a", "text": "Only text."}]}"#
        try json.write(toFile: folder + "/notebook.json", atomically: true, encoding: .utf8)
        let spec = try NotebookSpec(path: folder + "/notebook.json", bytes: Array(json.utf8))
        let out = folder + "/out/t"
        func verify() throws -> [NotebookVerify.Difference] {
            try NotebookVerify.verify(spec, specDisplay: "notebook.json", folder: out) { _, _, _ in }
        }
        try NotebookFolder.install(try NotebookBuild.render(spec, specDisplay: "notebook.json") { _, _, _ in }, into: out)
        #expect(try verify().isEmpty)
        // A forged provenance (another version, a cell renamed) is caught.
        let prov = out + "/provenance.json"
        let text = try String(contentsOfFile: prov, encoding: .utf8)
        try text.replacingOccurrences(of: "\"0.1.0\"", with: "\"9.9.9\"").write(toFile: prov, atomically: true, encoding: .utf8)
        #expect(try verify().contains { $0.message.contains("'tally' differs") })
        try text.write(toFile: prov, atomically: true, encoding: .utf8)
        // An empty folder, and an output swapped for a link to an identical file elsewhere.
        try fm.createDirectory(atPath: out + "/.well-known", withIntermediateDirectories: true)
        try fm.copyItem(atPath: out + "/index.md", toPath: folder + "/copy.md")
        try fm.removeItem(atPath: out + "/index.md")
        try fm.createSymbolicLink(atPath: out + "/index.md", withDestinationPath: folder + "/copy.md")
        let found = try verify()
        #expect(found.contains { $0.path.hasSuffix(".well-known") && $0.message.contains("not made by the build") })
        #expect(found.contains { $0.path.hasSuffix("index.md") && $0.message.contains("not a regular file") })
    }

    @Test func aLinkedOutDirIsRefused() throws {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("tally-link-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: folder) }
        try fm.createSymbolicLink(atPath: folder + "/notebooks-out", withDestinationPath: folder + "/elsewhere")
        #expect(throws: NotebookFolder.WriteFailed.self) { try NotebookFolder.install([("index.md", [1])], into: folder + "/notebooks-out/t") }
        #expect(try fm.contentsOfDirectory(atPath: folder + "/elsewhere").isEmpty)
    }
}
