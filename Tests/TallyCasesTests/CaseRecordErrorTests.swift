import Foundation
import Testing
@testable import TallyCases
import TallyDigest

@Suite("Bad case records")
struct CaseRecordErrorTests {
    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-bad-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let bad = """
        id,category,detained_on,released_on
        1,a,2015-03-01,2014-01-01
        2,a,2015-13-01,
        3,b,2016-02-30,
        4,a,2015-01-01,soon
        5,zz,2015-01-01,
        6,a,2015-01-01,2016-01-01
        6,a,2015-06-01,2017-01-01
        7,a,2015-01-01
        8,a,2014,2014-06
        """

    @Test func everyBadRecordIsReportedWithItsLine() throws {
        let path = try file(bad)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try CaseAggregation.run(path: path, options: .init(every: .year, from: 2014, to: 2016,
                                                                allowedKeys: ["a", "b"], skipInvalid: false))
            Issue.record("no error")
        } catch let invalid as CaseAggregation.Invalid {
            let lines = invalid.aggregation.issues.map(\.description)
            #expect(lines == [
                "line 2: field 'released_on': value '2014-01-01': released before detained (2015-03-01)",
                "line 3: field 'detained_on': value '2015-13-01': not a date; expected YYYY, YYYY-MM or YYYY-MM-DD",
                "line 4: field 'detained_on': value '2016-02-30': not a date; expected YYYY, YYYY-MM or YYYY-MM-DD",
                "line 5: field 'released_on': value 'soon': not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, or empty if still held",
                "line 6: field 'category': value 'zz': unknown category; expected one of a, b",
                "line 8: field 'id': value '6': the same person's detentions overlap (line 7 and line 8); give each detention once",
                "line 9: row has 3 fields; expected 4 as in the header",
            ])
        }
    }

    @Test func skipInvalidCountsThem() throws {
        let path = try file(bad)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CaseAggregation.run(path: path, options: .init(every: .year, from: 2014, to: 2016,
                                                                allowedKeys: ["a", "b"], skipInvalid: true))
        #expect(r.recordsRead == 9)
        #expect(r.recordsSkipped == 6)
        #expect(r.recordsUsed == 3)
        // A category seen only in a skipped record is not reported (as zero or otherwise).
        #expect(!r.keys.contains("zz"))
        // Person 8: detained 2014 (from 1 January), released June 2014 (held through 30 June).
        #expect(r.schedule.labels == ["2014-12-31", "2015-12-31", "2016-12-31"])
    }

    @Test func datesAndTheirRule() {
        let bytes = Array("2019-06-10|2019-06|2019|2020-02-29|2019-02-29".utf8)
        bytes.withUnsafeBytes { b in
            #expect(CaseDate.parse(b, 0, 10, periodEnd: false) == CaseDate.dayNumber(2019, 6, 10))
            #expect(CaseDate.parse(b, 11, 18, periodEnd: false) == CaseDate.dayNumber(2019, 6, 1))
            #expect(CaseDate.parse(b, 11, 18, periodEnd: true) == CaseDate.dayNumber(2019, 6, 30))
            #expect(CaseDate.parse(b, 19, 23, periodEnd: true) == CaseDate.dayNumber(2019, 12, 31))
            #expect(CaseDate.parse(b, 24, 34, periodEnd: false) != nil)
            #expect(CaseDate.parse(b, 35, 45, periodEnd: false) == nil)
        }
        #expect(CaseDate.dayNumber(1970, 1, 1) == 0)
        #expect(CaseDate.dayNumber(2000, 3, 1) == 11017)
        #expect(CaseDate.text(11017) == "2000-03-01")
    }

    @Test func syntheticFilesSayTheyAreSynthetic() {
        var text: [UInt8] = []
        SyntheticCases(count: 50, seed: 3).generate { text += $0 }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n").dropFirst()
        #expect(lines.count == 50)
        #expect(lines.allSatisfy { $0.hasPrefix("SYNTHETIC-") && $0.hasSuffix("SYNTHETIC seed 3") })
        var again: [UInt8] = []
        SyntheticCases(count: 50, seed: 3).generate { again += $0 }
        #expect(again == text)
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownDigests() {
        // FIPS 180-2 examples.
        #expect(TallyDigest.SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(TallyDigest.SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
