import Foundation
import Testing
@testable import TallyCases
import TallyData
import TallyPrimitives

/// The fast aggregation (binary search and difference arrays) against a naive count that checks
/// every person on every snapshot day, on thousands of random small inputs (seeds fixed, listed
/// in failures). Dates are turned into days here by walking the calendar, independently of
/// `CaseDate`. Equality is exact.
@Suite("Case aggregation equals a naive day-by-day count")
struct CaseAggregationPropertyTests {
    /// Every calendar day 2008-01-01 ... 2027-12-31, in order, as (year, month, day).
    static let calendar: [(Int, Int, Int)] = {
        var out: [(Int, Int, Int)] = []
        for y in 2008...2027 {
            for m in 1...12 {
                let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
                for d in 1...days { out.append((y, m, d)) }
            }
        }
        return out
    }()
    static let indexOf: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, (y, m, d)) in calendar.enumerated() { map[String(format: "%04d-%02d-%02d", y, m, d)] = i }
        return map
    }()

    struct Person {
        var id: String
        var categories: [String]
        var detainedText: String
        var releasedText: String
        /// Calendar indices: held on day i when detained <= i < heldUntil.
        var detained: Int
        var heldUntil: Int?
        var releaseDay: Int?
    }

    typealias Rng = SplitMix64

    static func randomPeople(seed: UInt64) -> [Person] {
        var rng = Rng(seed: seed)
        let cats = ["a", "b", "c"]
        let first = indexOf["2010-01-01"]!, last = indexOf["2014-12-31"]!
        return (0..<(1 + rng.below(25))).map { i in
            let d = first + rng.below(last - first)
            let (y, m, dd) = calendar[d]
            let monthOnly = rng.below(5) == 0
            let detainedText = monthOnly ? String(format: "%04d-%02d", y, m) : String(format: "%04d-%02d-%02d", y, m, dd)
            let detained = monthOnly ? indexOf[String(format: "%04d-%02d-01", y, m)]! : d
            var categories = [cats[rng.below(3)]]
            if rng.below(4) == 0 { categories.append(cats[rng.below(3)]) }
            var person = Person(id: "P\(rng.below(1000))-\(i)", categories: categories, detainedText: detainedText,
                                releasedText: "", detained: detained, heldUntil: nil, releaseDay: nil)
            if rng.below(3) > 0 {
                let r = detained + rng.below(900)
                let (ry, rm, rd) = calendar[r]
                if rng.below(5) == 0 {
                    // Released some time in that month: held through its last day.
                    person.releasedText = String(format: "%04d-%02d", ry, rm)
                    var end = r
                    while end + 1 < calendar.count, calendar[end + 1].1 == rm { end += 1 }
                    person.releaseDay = end
                    person.heldUntil = end + 1
                } else {
                    person.releasedText = String(format: "%04d-%02d-%02d", ry, rm, rd)
                    person.releaseDay = r
                    person.heldUntil = r
                }
            }
            return person
        }
    }

    func write(_ people: [Person]) throws -> String {
        var text = "id,category,detained_on,released_on\n"
        for p in people {
            text += "\(p.id),\(Set(p.categories).sorted().joined(separator: ";")),\(p.detainedText),\(p.releasedText)\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-cases-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [SnapshotSchedule.Every.year, .quarter, .month])
    func fastEqualsNaive(_ every: SnapshotSchedule.Every) throws {
        let schedule = try SnapshotSchedule(every: every, on: every == .year ? (6, 30) : nil, fromYear: 2010, toYear: 2016)
        let snapshots = schedule.labels.map { Self.indexOf[$0]! }
        let periodStart = Self.indexOf[CaseDate.text(schedule.firstPeriodStart)]!
        for seed in UInt64(1)...UInt64(700) {
            let people = Self.randomPeople(seed: seed &* 7919 &+ UInt64(every.hashValue & 0xFF))
            let path = try write(people)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let r = try CaseAggregation.run(path: path, options: .init(schedule: schedule, every: every, skipInvalid: true))
            for (j, s) in snapshots.enumerated() {
                let held = people.filter { $0.detained <= s && s < ($0.heldUntil ?? Int.max) }
                #expect(r.totalStock[j] == held.count, "seed \(seed) \(every) total on \(schedule.labels[j])")
                let previous = j == 0 ? periodStart : snapshots[j - 1]
                let inflow = people.filter { $0.detained > previous && $0.detained <= s }
                let outflow = people.filter { ($0.releaseDay ?? -1) > previous && ($0.releaseDay ?? -1) <= s }
                #expect(r.totalInflow[j] == inflow.count, "seed \(seed) inflow")
                #expect(r.totalOutflow[j] == outflow.count, "seed \(seed) outflow")
                for (k, key) in r.keys.enumerated() {
                    #expect(r.stock[k][j] == held.filter { $0.categories.contains(key) }.count, "seed \(seed) \(key)")
                    #expect(r.inflow[k][j] == inflow.filter { $0.categories.contains(key) }.count)
                }
            }
        }
    }

    @Test func everyDayMatchesNaiveToo() throws {
        let schedule = try SnapshotSchedule(every: .day, on: nil, fromYear: 2011, toYear: 2012)
        for seed in UInt64(1)...UInt64(40) {
            let people = Self.randomPeople(seed: seed)
            let path = try write(people)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let r = try CaseAggregation.run(path: path, options: .init(schedule: schedule, every: .day, skipInvalid: true))
            for (j, label) in schedule.labels.enumerated() {
                let s = Self.indexOf[label]!
                #expect(r.totalStock[j] == people.filter { $0.detained <= s && s < ($0.heldUntil ?? Int.max) }.count)
            }
        }
    }
}
