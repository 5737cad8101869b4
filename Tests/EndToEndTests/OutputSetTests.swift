import Foundation
import Testing

/// Outputs are written as a set (issue 11): all or nothing, never through a planted link, and
/// no temporary left behind by a failure, an interrupt or an earlier run that was killed.
@Suite("Output sets: written together or not at all")
struct OutputSetTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-outputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try StatsBinary.run(["synthetic-cases", "--count", "200", "--out", path("cases.csv")])
        try #require(made.status == 0, "\(made.stderr)")
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }

    func temporaries() -> [String] { names().filter { $0.hasPrefix(".tally-tmp-") || $0.contains(".tmp-") } }

    func text(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }

    /// The id of a process that has ended (so that no process has it, for a while).
    static func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    @Test func aSetIsWrittenWhole() throws {
        let r = try StatsBinary.run(["aggregate", path("cases.csv"), "--out", path("a.csv"), "--flows", path("f.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(text("a.csv")?.hasPrefix("date,category,count") == true)
        #expect(text("f.csv")?.hasPrefix("period_start,") == true)
        #expect(text("a.csv.provenance.json") != nil)
        #expect(temporaries().isEmpty, "\(names())")
    }

    @Test(arguments: [["a.csv", "a.csv"], ["a.csv", "./a.csv"], ["a.csv", "../\(UUID().uuidString)/../x/../a.csv"]])
    func theSameFileTwiceIsRefusedBeforeAnythingRuns(_ pair: [String]) throws {
        try "old".write(toFile: path("a.csv"), atomically: false, encoding: .utf8)
        let sub = folder.appendingPathComponent("x")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let second = pair[1].hasPrefix("..") ? sub.path + "/" + pair[1] : path(pair[1])
        let r = try StatsBinary.run(["aggregate", path("cases.csv"), "--out", path(pair[0]), "--flows", second])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("same file") || r.stderr.contains("named twice"), "\(r.stderr)")
        #expect(!r.stderr.contains("Read "), "the records were counted before the refusal")
        #expect(text("a.csv") == "old")
        #expect(text("a.csv.provenance.json") == nil)
        #expect(temporaries().isEmpty, "\(names())")
    }

    @Test func aChartNamedTwiceIsRefused() throws {
        let r = try StatsBinary.run(["line", "--out", path("c.svg"), "--out", path("c.svg")], executable: "chart")
        #expect(r.status == 64, "\(r.stderr)")
        #expect(names() == ["cases.csv"], "\(names())")
    }

    @Test func aFolderInTheWayLeavesEveryOldFileAsItWas() throws {
        try "old counts".write(toFile: path("a.csv"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: path("f.csv"), withIntermediateDirectories: true)
        let r = try StatsBinary.run(["aggregate", path("cases.csv"), "--out", path("a.csv"), "--flows", path("f.csv")])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("f.csv"), "\(r.stderr)")
        #expect(text("a.csv") == "old counts")
        #expect(text("a.csv.provenance.json") == nil)
        #expect(temporaries().isEmpty, "\(names())")
    }

    @Test func aMissingFolderNamesTheReason() throws {
        try "old counts".write(toFile: path("a.csv"), atomically: false, encoding: .utf8)
        let r = try StatsBinary.run(["aggregate", path("cases.csv"), "--out", path("a.csv"), "--flows", path("none/f.csv")])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("No such file or directory"), "\(r.stderr)")
        #expect(text("a.csv") == "old counts")
        #expect(temporaries().isEmpty, "\(names())")
    }

    /// Links planted at every name a temporary could have had before (`a.csv.tmp-PID` for the
    /// next few hundred process ids) and at names like today's: none is followed.
    @Test func plantedLinksAreNotFollowed() throws {
        try "secret".write(toFile: path("victim.txt"), atomically: false, encoding: .utf8)
        let next = try Self.deadPID()
        let fm = FileManager.default
        for pid in next..<(next + 400) {
            try fm.createSymbolicLink(atPath: path("a.csv.tmp-\(pid)"), withDestinationPath: path("victim.txt"))
            try fm.createSymbolicLink(atPath: path(".tally-tmp-\(pid)-0-a.csv"), withDestinationPath: path("victim.txt"))
        }
        let r = try StatsBinary.run(["aggregate", path("cases.csv"), "--out", path("a.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(text("victim.txt") == "secret")
        let attributes = try fm.attributesOfItem(atPath: path("a.csv"))
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(text("a.csv")?.hasPrefix("date,category,count") == true)
    }

    @Test func staleTemporariesOfEndedProcessesAreRemoved() throws {
        let dead = try Self.deadPID(), alive = ProcessInfo.processInfo.processIdentifier
        try "x".write(toFile: path("victim.txt"), atomically: false, encoding: .utf8)
        try "stale".write(toFile: path(".tally-tmp-\(dead)-abc-a.csv"), atomically: false, encoding: .utf8)
        try "stale".write(toFile: path("a.csv.tmp-\(dead)"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path(".tally-tmp-\(dead)-def-f.csv"), withDestinationPath: path("victim.txt"))
        try "in use".write(toFile: path(".tally-tmp-\(alive)-abc-a.csv"), atomically: false, encoding: .utf8)
        let r = try StatsBinary.run(["aggregate", path("cases.csv"), "--out", path("a.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(temporaries() == [".tally-tmp-\(alive)-abc-a.csv"], "\(names())")
        #expect(text("victim.txt") == "x")
    }

    /// Starts `stats` with default signal dispositions and nothing blocked (a test runner's
    /// threads may block signals, and `Process` passes its mask on), as from a shell; its output
    /// and errors go to the files named (by default, nowhere).
    static func spawnStats(_ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let executable = StatsBinary.executable("stats").path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        try #require(status == 0, "posix_spawn: \(status)")
        return pid
    }

    /// A long write interrupted: the temporary is removed, the old file is left as it was, and
    /// the exit code says which signal (128 + its number).
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func anInterruptLeavesNoTemporary(_ signal: Int32, _ expected: Int32) throws {
        try "old".write(toFile: path("big.csv"), atomically: false, encoding: .utf8)
        let pid = try Self.spawnStats(["synthetic-cases", "--count", "3000000", "--out", path("big.csv")])
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(20)
        while waitpid(pid, &status, WNOHANG) == 0, !names().contains(where: { $0.hasPrefix(".tally-tmp-") }), Date() < deadline {
            usleep(2000)
        }
        try #require(waitpid(pid, &status, WNOHANG) == 0, "the write ended before it could be interrupted")
        usleep(50_000)
        kill(pid, signal)
        waitpid(pid, &status, 0)
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        #expect(exited, "ended by signal \(status & 0x7f), not by its handler")
        #expect(code == expected)
        #expect(temporaries().isEmpty, "\(names())")
        #expect(text("big.csv") == "old")
    }
}
