import Foundation
import Testing

@Suite("stats validate and stats show, end to end")
struct ValidateAndShowTests {
    @Test func validateTheDefaultDataset() throws {
        let r = try StatsBinary.run(["validate"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("valid"))
        #expect(r.stdout.contains("No data (no published counts; never read as zero): lgbt_people, human_rights_defenders"))
    }

    @Test func validateJSONIsParseable() throws {
        let r = try StatsBinary.run(["validate", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(json?["valid"] as? Bool == true)
        let categories = json?["categories"] as? [[String: Any]] ?? []
        #expect(categories.first { $0["id"] as? String == "lgbt_people" }?["status"] as? String == "no data")
    }

    @Test func invalidDataExits65WithEveryError() throws {
        let r = try StatsBinary.run(["validate", StatsBinary.fixture("bad-date.csv")])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("bad-date.csv:2:1: error: field 'date': value '2023-13'"))
        #expect(r.stderr.contains("bad-date.csv:4:1: error"))
        #expect(r.stderr.contains("3 errors, 0 warnings"))
    }

    @Test func missingInputExits66() throws {
        let r = try StatsBinary.run(["show", "no/such/file.csv"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no/such/file.csv: no such file or folder"))
    }

    @Test func wrongUsageExits64AndSaysWhatToTypeInstead() throws {
        let r = try StatsBinary.run(["show", "--category", "dissidents"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown category 'dissidents'; expected one of: total, political"))
        let bad = try StatsBinary.run(["show", "--from", "June 2015"])
        #expect(bad.status == 64)
    }

    @Test func showMarksQualifiersAndCitesSources() throws {
        let r = try StatsBinary.run(["show"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("2019-06-10"))
        #expect(r.stdout.contains(">=767"))
        #expect(r.stdout.contains("~600"))
        #expect(r.stdout.contains("Sources:"))
        #expect(r.stdout.contains("Memorial's lists are minimum counts"))
    }

    @Test func showAnUncountedCategorySaysNoData() throws {
        let r = try StatsBinary.run(["show", "--category", "lgbt_people", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"status\": \"no data\""))
        #expect(!r.stdout.contains("\"count\": 0"))
    }

    @Test func showCSVIsTidy() throws {
        let r = try StatsBinary.run(["show", "--category", "total", "--from", "2019", "--to", "2019", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "date,category,count,qualifier,source,note")
        #expect(lines.contains { $0.hasPrefix("2019-06-10,total,296,exact,") })
    }

    @Test func outputIsTheSameEveryRun() throws {
        let a = try StatsBinary.run(["show", "--format", "json"])
        let b = try StatsBinary.run(["show", "--format", "json"])
        #expect(a.stdout == b.stdout)
    }
}

/// `--min-source K`: only figures from sources at least as direct as K (issue 12.6).
@Suite("--min-source")
struct MinimumSourceTests {
    @Test func originalSourcesOnlyLeaveOutTheReprintedFigures() throws {
        let every = try StatsBinary.run(["show", "--category", "total", "--format", "csv"])
        let original = try StatsBinary.run(["show", "--category", "total", "--format", "csv", "--min-source", "original"])
        #expect(every.status == 0 && original.status == 0, "\(original.stderr)")
        let rows = { (r: StatsBinary.Result) in r.stdout.split(separator: "\n").count }
        #expect(rows(original) > 1 && rows(original) < rows(every), "\(rows(original)) of \(rows(every)) rows")
    }

    @Test func anUnknownKindIsAUsageError() throws {
        let r = try StatsBinary.run(["trend", "--min-source", "official"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("original") && r.stderr.contains("primary_outlet"), "\(r.stderr)")
    }
}

/// A trend of a cumulative count is refused with the reason; --allow-cumulative insists and
/// the report says so (issue 12.5).
@Suite("stats trend --allow-cumulative")
struct CumulativeTrendTests {
    @Test func aCumulativeCountIsRefusedUnlessInsistedOn() throws {
        let refused = try StatsBinary.run(["trend", "--category", "jehovahs_witnesses_cumulative_jailed"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("can only grow") && refused.stderr.contains("--allow-cumulative"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let insisted = try StatsBinary.run(["trend", "--category", "jehovahs_witnesses_cumulative_jailed", "--allow-cumulative"])
        #expect(insisted.status == 0, "\(insisted.stderr)")
        #expect(insisted.stdout.contains("analysed because --allow-cumulative was given"))
    }
}
