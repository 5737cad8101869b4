import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during a long computation: the command stops cleanly, says so, prints no result, and
/// exits 130 (128 + SIGINT) by its own hand rather than being killed by the signal.
@Suite("Interrupting a command")
struct InterruptionTests {
    @Test func aPermutationTestInterruptedExits130WithNoResult() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("stdout").path, err = dir.appendingPathComponent("stderr").path
        // Seconds of work even in a release build: long enough to be interrupted mid-way.
        let pid = try OutputSetTests.spawnStats(["joinpoint", "--method", "permutation", "--max-joinpoints", "2", "--quiet"],
                                                stdout: out, stderr: err)
        usleep(1_500_000)
        var status: Int32 = 0
        try #require(waitpid(pid, &status, WNOHANG) == 0, "the test ended before it could be interrupted")
        kill(pid, SIGINT)
        waitpid(pid, &status, 0)
        let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
        #expect(exited, "ended by signal \(status & 0x7f), not by its handler")
        #expect(code == 130)
        #expect((try? String(contentsOfFile: err, encoding: .utf8)) == "interrupted: no result\n")
        #expect((try? String(contentsOfFile: out, encoding: .utf8)) == "")
    }
}
