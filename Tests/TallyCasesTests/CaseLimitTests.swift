import Foundation
import Testing
@testable import TallyCases

/// Case files from other people: every limit is an error at a line, never a silent cut, and
/// memory follows the snapshots and categories, not the span of the dates.
@Suite("Case records: limits and large inputs")
struct CaseLimitTests {
    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-limit-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ path: String, every: SnapshotSchedule.Every = .year, from: Int? = nil, to: Int? = nil,
             skipInvalid: Bool = false) throws -> CaseAggregation {
        try CaseAggregation.run(path: path, options: .init(every: every, from: from, to: to, skipInvalid: skipInvalid))
    }

    @Test func aPersonInMoreThan64CategoriesIsAnErrorAtThatLine() throws {
        // Before: the categories after the 64th were dropped without a word.
        let many = (1...65).map { "c\($0)" }.joined(separator: ";")
        let path = try file("id,category,detained_on,released_on\n1,a,2015-01-01,\n2,\(many),2015-01-01,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try run(path, from: 2015, to: 2016)
            Issue.record("no error")
        } catch let invalid as CaseAggregation.Invalid {
            #expect(invalid.aggregation.issues.map(\.description) == [
                "line 3: field 'category': more than 64 categories in one record; at most 64 are counted per person",
            ])
        }
    }

    @Test func sixtyFourCategoriesAreAllCounted() throws {
        let many = (1...64).map { "c\($0)" }.joined(separator: ";")
        let path = try file("id,category,detained_on,released_on\n1,\(many),2015-01-01,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try run(path, from: 2015, to: 2015)
        #expect(r.keys.count == 64)
        #expect(r.stock.allSatisfy { $0 == [1] })
    }

    @Test func thirtyThousandCategoriesMergeInLinearTime() throws {
        // Before: the merge looked each name up in a list (30,000^2 / 2 string comparisons, 50 s).
        var text = "id,category,detained_on,released_on\n"
        for i in 0..<30_000 { text += "\(i),c\(i),2015-01-01,\n" }
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try run(path, from: 2015, to: 2016)
        #expect(r.keys.count == 30_000)
        #expect(r.totalStock == [30_000, 30_000])
        #expect(r.keys.first == "c0" && r.keys.last == "c29999")
    }

    @Test func datesFromYear1To9999AreCountedWithoutADayTable() throws {
        // Before: a table of one entry per day over 3.65 million days, built through a generic
        // range (6 s a run); now a binary search over the 9,999 snapshots.
        let path = try file("id,category,detained_on,released_on\n1,a,0001-01-01,\n2,b,9999-12-31,\n3,a,5000-06-01,5001-01-01\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try run(path)
        #expect(r.schedule.days.count == 9999)
        #expect(r.totalStock[0] == 1 && r.totalStock[4999] == 2 && r.totalStock[5000] == 1 && r.totalStock[9998] == 2)
        #expect(r.totalInflow[4999] == 1 && r.totalOutflow[5000] == 1)
    }

    @Test func theBinarySearchAgreesWithTheDayTable() throws {
        // The same records counted over a short span (day table) and inside a long one (search).
        var text = "id,category,detained_on,released_on\n"
        for i in 0..<500 {
            let y = 2000 + i % 20, m = 1 + i % 12, d = 1 + i % 28
            let release = i % 3 == 0 ? "" : String(format: "%04d-%02d-%02d", y + 1 + i % 4, 1 + (i * 7) % 12, 1 + (i * 5) % 28)
            text += "\(i),\(["a", "b", "c"][i % 3]),\(String(format: "%04d-%02d-%02d", y, m, d)),\(release)\n"
        }
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let short = try run(path, every: .month, from: 1995, to: 2030)
        let long = try run(path, every: .month, from: 1, to: 9999)
        let offset = long.schedule.days.firstIndex(of: short.schedule.days[0])!
        #expect(Array(long.totalStock[offset..<(offset + short.totalStock.count)]) == short.totalStock)
        #expect(Array(long.totalInflow[offset..<(offset + short.totalInflow.count)]) == short.totalInflow)
        #expect(Array(long.totalOutflow[offset..<(offset + short.totalOutflow.count)]) == short.totalOutflow)
    }

    @Test func tooManyCountsAreRefusedAtTheLineThatCrossesTheLimit() throws {
        // 100 categories x 119,988 monthly snapshots = 1.2 x 10^7 counts per array: the key that
        // crosses 4 x 10^6 is the 34th, on line 35.
        var text = "id,category,detained_on,released_on\n"
        for i in 0..<100 { text += "\(i),c\(i),0001-01-01,\n" }
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try run(path, every: .month, from: 1, to: 9999)
        } throws: { error in
            let message = (error as? CaseAggregation.Failure)?.message ?? ""
            return message.contains(":\(CaseAggregation.maximumCells / 119_989 + 2): ") && message.contains("more than \(CaseAggregation.maximumCells) counts")
        }
    }
}
