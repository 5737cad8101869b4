import Foundation
import Testing

/// The hostile-input corpus (issue 11): inputs an attacker could send in a data package, a notebook
/// spec, a chart spec, a theme or a case file, each with the outcome Tally promises.
///
/// Cases live in `Fixtures/hostile/<area>/cases.json` (a JSON array); a case that needs files has
/// them in `Fixtures/hostile/<area>/<name>/`. A case runs one of the built executables:
///
///     {"name": "...", "why": "what an attacker gets today",
///      "run": ["stats", "validate", "{case}/datapackage.json"],
///      "exit": 65, "stderr": ["must occur"], "stdout": ["must occur"],
///      "absent": ["must occur nowhere"], "files_absent": ["{tmp}/out.csv"], "timeout": 20}
///
/// `{case}` is a fresh copy of the case's folder, `{tmp}` an empty folder that is also the working
/// directory. `absent` strings are looked for in stdout, stderr, every file under `{tmp}` and every
/// new or changed file under `{case}` (not in the inputs, which hold them). Beyond what a case states, every case must: end within its timeout (no hang), exit
/// normally (no signal, so no crash or trap), stay under a 4 GiB address-space limit (no memory
/// blow-up), and leave every input file under `{case}` byte for byte as it was.
@Suite("Hostile inputs: the corpus of issue 11")
struct HostileCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var area: String
        var name: String
        var why: String
        var run: [String]
        var exit: Int32
        var stderr: [String]
        var stdout: [String]
        var absent: [String]
        var filesAbsent: [String]
        var timeout: Double
        var testDescription: String { "\(area)/\(name)" }
    }

    static var corpusFolder: URL {
        StatsBinary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/hostile")
    }

    /// Every case of every area, read once. A malformed `cases.json` is itself a failing case.
    static let cases: [Case] = {
        let fm = FileManager.default
        let areas = ((try? fm.contentsOfDirectory(atPath: corpusFolder.path)) ?? []).sorted()
        var all: [Case] = []
        for area in areas {
            let file = corpusFolder.appendingPathComponent(area).appendingPathComponent("cases.json")
            guard let data = fm.contents(atPath: file.path) else { continue }
            guard let list = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
                all.append(Case(area: area, name: "cases.json is not a JSON array of objects", why: "", run: [],
                                exit: -1, stderr: [], stdout: [], absent: [], filesAbsent: [], timeout: 1))
                continue
            }
            for entry in list {
                all.append(Case(
                    area: area,
                    name: entry["name"] as? String ?? "(unnamed)",
                    why: entry["why"] as? String ?? "",
                    run: entry["run"] as? [String] ?? [],
                    exit: Int32(entry["exit"] as? Int ?? -1),
                    stderr: entry["stderr"] as? [String] ?? [],
                    stdout: entry["stdout"] as? [String] ?? [],
                    absent: entry["absent"] as? [String] ?? [],
                    filesAbsent: entry["files_absent"] as? [String] ?? [],
                    timeout: (entry["timeout"] as? Double) ?? Double(entry["timeout"] as? Int ?? 20)))
            }
        }
        return all
    }()

    @Test func theCorpusHoldsAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60, "\(Self.cases.count) cases")
        let names = Self.cases.map { "\($0.area)/\($0.name)" }
        #expect(Set(names).count == names.count, "case names repeat within an area")
    }

    @Test(arguments: cases)
    func hostileInputGetsTheSafeOutcome(_ c: Case) throws {
        try #require(["stats", "chart", "notebook"].contains(c.run.first ?? ""), "run must start with stats, chart or notebook")
        try #require(c.exit >= 0, "the case states no exit code")
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("tally-hostile-\(UUID().uuidString)")
        let tmp = work.appendingPathComponent("tmp"), caseCopy = work.appendingPathComponent("case")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let source = Self.corpusFolder.appendingPathComponent(c.area).appendingPathComponent(c.name)
        if fm.fileExists(atPath: source.path) {
            try fm.copyItem(at: source, to: caseCopy)
        } else {
            try fm.createDirectory(at: caseCopy, withIntermediateDirectories: true)
        }
        let before = Self.fingerprints(caseCopy)
        func expand(_ s: String) -> String {
            s.replacingOccurrences(of: "{case}", with: caseCopy.path).replacingOccurrences(of: "{tmp}", with: tmp.path)
        }
        let arguments = c.run.dropFirst().map(expand)
        let r = try Self.run(StatsBinary.executable(c.run[0]).path, Array(arguments), in: tmp, timeout: c.timeout)
        let context = "\(c.area)/\(c.name) (\(c.why))\nstatus \(r.status)\(r.signalled ? " (signal)" : "")\nstderr: \(r.stderr.prefix(2000))\nstdout: \(r.stdout.prefix(1000))"

        #expect(!r.timedOut, "did not finish within \(c.timeout) s: \(context)")
        #expect(!r.signalled, "ended by a signal (a crash or trap): \(context)")
        #expect(r.status == c.exit, "expected exit \(c.exit): \(context)")
        for s in c.stderr { #expect(r.stderr.contains(expand(s)), "stderr lacks '\(s)': \(context)") }
        for s in c.stdout { #expect(r.stdout.contains(expand(s)), "stdout lacks '\(s)': \(context)") }
        // What the run wrote: everything under {tmp}, and new or changed files under {case}.
        let written = Self.texts(under: tmp)
            + Self.files(under: caseCopy).filter { before[$0.0] != $0.1 }.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
        for s in c.absent {
            #expect(!r.stdout.contains(s) && !r.stderr.contains(s), "'\(s)' reached the output: \(context)")
            for (path, text) in written where text.contains(s) { Issue.record("'\(s)' reached \(path): \(context)") }
        }
        for path in c.filesAbsent.map(expand) { #expect(!fm.fileExists(atPath: path), "\(path) exists: \(context)") }
        let after = Self.fingerprints(caseCopy)
        for (path, print) in before where after[path] != print {
            Issue.record("input \(path) was modified or removed: \(context)")
        }
    }

    // MARK: - Running and looking

    struct Outcome {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` under a 4 GiB address-space limit, with output in files (no pipe can
    /// fill and block it) and a deadline after which it is killed.
    static func run(_ executable: String, _ arguments: [String], in directory: URL, timeout: Double) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v 4194304; exec \"$0\" \"$@\"", executable] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["TALLY_DEFAULT_DATASET"] = nil
        process.environment = environment
        let outURL = directory.deletingLastPathComponent().appendingPathComponent("stdout")
        let errURL = directory.deletingLastPathComponent().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                Thread.sleep(forTimeInterval: 0.5)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        func text(_ url: URL) -> String {
            String(decoding: (FileManager.default.contents(atPath: url.path) ?? Data()).prefix(4 << 20), as: UTF8.self)
        }
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       timedOut: timedOut, stdout: text(outURL), stderr: text(errURL))
    }

    /// Size and contents of every regular file under `folder`, by relative path.
    static func fingerprints(_ folder: URL) -> [String: Data] {
        var prints: [String: Data] = [:]
        for (path, data) in files(under: folder) { prints[path] = data }
        return prints
    }

    static func texts(under folder: URL) -> [(String, String)] {
        files(under: folder).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    }

    static func files(under folder: URL) -> [(String, Data)] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder.path) else { return [] }
        var found: [(String, Data)] = []
        while let relative = walker.nextObject() as? String {
            let full = folder.appendingPathComponent(relative).path
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue,
                  let attributes = try? fm.attributesOfItem(atPath: full),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  (attributes[.size] as? Int ?? 0) <= 64 << 20,
                  let data = fm.contents(atPath: full) else { continue }
            found.append((relative, data))
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
