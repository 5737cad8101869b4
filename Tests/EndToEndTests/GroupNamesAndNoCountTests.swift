import Foundation
import Testing

/// Issue 15, end to end on the default dataset: every name of every group, in English, French,
/// Russian and Ukrainian, is understood by the charts that show parts of a whole (`chart bar`,
/// `chart share`); and the group nobody counts, human-rights defenders, is "no count published"
/// in every format of `stats groups`, never a figure of zero.
@Suite("Group names on composition charts, and a group without a count")
struct GroupNamesAndNoCountTests {
    /// One name per language for each group (as users type them, in any case), and the group id.
    static var names: [(name: String, group: String)] {
        [("Political dissidents", "dissidents"), ("dissidents politiques", "dissidents"),
         ("Политические диссиденты", "dissidents"), ("ІНАКОДУМЦІ", "dissidents"),
         ("ukrainian citizens", "ukrainians"), ("Ukrainiens", "ukrainians"),
         ("украинцы", "ukrainians"), ("Громадяни України", "ukrainians"),
         ("Ethnic and religious minorities", "minorities"), ("MINORITÉS", "minorities"),
         ("Этнические и религиозные меньшинства", "minorities"), ("меншини", "minorities"),
         ("LGBTQ", "lgbt"), ("personnes lgbt", "lgbt"), ("ЛГБТ", "lgbt"), ("ЛГБТ-люди", "lgbt"),
         ("human rights defenders", "defenders"), ("Défenseurs", "defenders"),
         ("Правозащитники", "defenders"), ("правозахисники", "defenders")]
    }

    @Test(arguments: ["bar", "share"])
    func everyNameOfEveryGroupIsUnderstoodByACompositionChart(_ command: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (k, entry) in Self.names.enumerated() {
            let out = dir.path + "/\(k).svg"
            let r = try StatsBinary.run([command, "--group", entry.name, "--out", out], executable: "chart")
            #expect(!r.stderr.contains("unknown group"), "\(command) --group \(entry.name): \(r.stderr)")
            if entry.group == "defenders" {
                // Refused as data that cannot answer (65), with the reason, and nothing drawn.
                #expect(r.status == 65, "\(entry.name): \(r.stderr)")
                #expect(r.stderr.contains("no count published"), "\(entry.name)")
                #expect(!FileManager.default.fileExists(atPath: out), "\(entry.name)")
            } else {
                #expect(r.status == 0, "\(command) --group \(entry.name): \(r.stderr)")
                #expect(FileManager.default.fileExists(atPath: out), "\(entry.name)")
            }
        }
    }

    /// The defenders' row in each format: the words "no count published", and no latest figure.
    @Test(arguments: ["table", "markdown", "csv", "json"])
    func aGroupWithoutACountIsNoCountPublishedNeverZero(_ format: String) throws {
        let r = try StatsBinary.run(["groups", "--group", "Правозахисники", "--format", format])
        #expect(r.status == 0, "\(format): \(r.stderr)")
        #expect(r.stdout.contains("no count published"), "\(format)")
        if format != "csv" {   // the CSV is the table alone: no note rows in `stats groups` yet
            #expect(r.stdout.contains("No body publishes a count of imprisoned human-rights defenders"), "\(format)")
        }
        switch format {
        case "json":
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let group = (object?["groups"] as? [[String: Any]])?.first ?? [:]
            #expect(group["status"] as? String == "no count published")
            #expect(group["headline"] is NSNull)
            for series in group["series"] as? [[String: Any]] ?? [] {
                #expect(series["latest"] is NSNull, "a series without figures has no latest figure")
                #expect(series["status"] as? String == "no count published")
            }
        case "csv":
            let rows = r.stdout.split(separator: "\n").map(String.init)
            #expect(rows.count == 2, "a header and the one series")
            #expect(rows.last == "defenders,human_rights_defenders,none,stock,no count published,,,,")
        default:
            let row = r.stdout.split(separator: "\n").first { $0.contains("human_rights_defenders") || $0.contains("human\\_rights\\_defenders") }
            let cells = row.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
            #expect(row != nil, "\(format): the series is listed")
            #expect(row?.contains("no count published") == true, "\(format)")
            // No cell of the row is a zero (in a table the columns are separated by spaces).
            let words = format == "markdown" ? cells : (row.map { $0.split(separator: " ").map(String.init) } ?? [])
            #expect(!words.contains("0"), "\(format): \(row ?? "")")
        }
    }
}
