import Foundation
import Testing
@testable import TallyCases

/// A file over 1 MiB without quotes is counted by two workers; the result, and the line of every
/// issue, must be what one worker finds.
@Suite("Two workers count what one counts")
struct TwoWorkerTests {
    @Test func sameCountsAndSameIssueLines() throws {
        var text: [UInt8] = []
        SyntheticCases(count: 40_000, seed: 11).generate { text += $0 }
        var lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Bad records in both halves, and one id repeated across them with overlapping detentions.
        lines[100] = "SYNTHETIC-BAD-1,political,2015-13-01,,Moscow,275,SYNTHETIC"
        lines[30_000] = "SYNTHETIC-BAD-2,political,2015-01-01,2014-01-01,Moscow,275,SYNTHETIC"
        lines[200] = "SYNTHETIC-TWICE,religious,2015-01-01,2016-01-01,Moscow,275,SYNTHETIC"
        lines[35_000] = "SYNTHETIC-TWICE,religious,2015-06-01,2017-01-01,Moscow,275,SYNTHETIC"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-two-\(UUID().uuidString).csv").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int) > 1 << 20)

        func run(_ workers: Int) throws -> CaseAggregation {
            try CaseAggregation.run(path: path, options: .init(every: .year, from: 2010, to: 2024, skipInvalid: true, workers: workers))
        }
        let one = try run(1), two = try run(2)
        #expect(one.workers == 1 && two.workers == 2)
        #expect(one.totalStock == two.totalStock)
        #expect(one.totalInflow == two.totalInflow && one.totalOutflow == two.totalOutflow)
        #expect(Set(one.keys) == Set(two.keys))
        for key in one.keys {
            let a = one.keys.firstIndex(of: key)!, b = two.keys.firstIndex(of: key)!
            #expect(one.stock[a] == two.stock[b] && one.inflow[a] == two.inflow[b] && one.outflow[a] == two.outflow[b])
        }
        #expect(one.issues.map(\.description) == two.issues.map(\.description))
        #expect(two.issues.map(\.line).contains(101))
        #expect(two.issues.map(\.line).contains(30_001))
        #expect(two.issues.contains { $0.line == 35_001 && $0.message.contains("line 201 and line 35001") })
    }
}
