import Foundation
import Testing

@Suite("stats groups, end to end on the default dataset")
struct GroupsCommandTests {
    static let fiveGroups = ["dissidents", "ukrainians", "minorities", "lgbt", "defenders"]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try StatsBinary.run(["groups", "--format", "json"] + arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    }

    func groups(_ document: [String: Any]) -> [[String: Any]] { document["groups"] as? [[String: Any]] ?? [] }

    @Test func allFiveGroupsAreListedWithTheirSeries() throws {
        let listed = groups(try json([]))
        #expect(listed.compactMap { $0["id"] as? String } == Self.fiveGroups)
        for group in listed {
            let series = group["series"] as? [[String: Any]] ?? []
            #expect(!series.isEmpty, "\(group["id"] ?? "?") lists no series")
            for s in series {
                #expect(s["counting_body"] is String && s["measure"] is String, "\(s["category"] ?? "?")")
            }
        }
    }

    @Test func everyNameOfEveryGroupResolvesToItInFourLanguages() throws {
        let listed = groups(try json([]))
        for group in listed {
            let id = group["id"] as? String ?? ""
            let labels = group["labels"] as? [String: String] ?? [:]
            #expect(Set(labels.keys) == ["en", "fr", "ru", "uk"], "\(id)")
            let names = Array(labels.values) + (group["aliases"] as? [String] ?? [])
            let spellings = names + names.map { $0.uppercased() } + names.map { $0.lowercased() }
            for name in spellings {
                let found = groups(try json(["--group", name]))
                #expect(found.compactMap { $0["id"] as? String } == [id], "'\(name)' should name \(id)")
            }
        }
    }

    @Test func theCyrillicNameOfLGBTWorksInEitherCase() throws {
        for name in ["ЛГБТ", "лгбт", "LGBT", "lgbt"] {
            #expect(groups(try json(["--group", name])).first?["id"] as? String == "lgbt", "\(name)")
        }
    }

    @Test func defendersSayNoCountPublishedWithTheReasonNeverZero() throws {
        let r = try StatsBinary.run(["groups", "--group", "правозащитники"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("human_rights_defenders"))
        #expect(r.stdout.contains("no count published"))
        #expect(r.stdout.contains("No body publishes a count of imprisoned human-rights defenders"))
        let document = try json(["--group", "defenders"])
        let defenders = groups(document).first ?? [:]
        #expect(defenders["status"] as? String == "no count published")
        #expect(defenders["headline"] is NSNull)
        let series = defenders["series"] as? [[String: Any]] ?? []
        #expect(series.allSatisfy { $0["figures"] as? Int == 0 && $0["latest"] is NSNull && $0["reason"] is String })
    }

    @Test func aHeadlineComesFirstWithItsLatestFigureAndSource() throws {
        let minorities = groups(try json(["--group", "minorities"])).first ?? [:]
        #expect(minorities["headline"] as? String == "religious")
        let first = (minorities["series"] as? [[String: Any]])?.first ?? [:]
        #expect(first["category"] as? String == "religious" && first["headline"] as? Bool == true)
        let latest = first["latest"] as? [String: Any] ?? [:]
        #expect(latest["count"] is Int && latest["source"] is String && latest["url"] is String)
    }

    @Test func crimeanTatarsBelongToTwoGroups() throws {
        for name in ["ukrainians", "minorities"] {
            let series = groups(try json(["--group", name])).first?["series"] as? [[String: Any]] ?? []
            #expect(series.contains { $0["category"] as? String == "crimean_tatars" }, "\(name)")
        }
    }

    @Test func everyFormatPrints() throws {
        for (format, headline) in [("table", "lgbt_extremism_convictions_cumulative *"),
                                   ("markdown", "lgbt\\_extremism\\_convictions\\_cumulative \\*"),
                                   ("csv", "lgbt_extremism_convictions_cumulative *")] {
            let r = try StatsBinary.run(["groups", "--format", format])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stdout.contains(headline), "\(format)")
        }
        let csv = try StatsBinary.run(["groups", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("group,series,counting body,measure,figures,first,last,latest,source\n"))
    }

    @Test func anUnknownGroupExits64ListingTheGroups() throws {
        let r = try StatsBinary.run(["groups", "--group", "journalistes"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown group \"journalistes\"; expected one of: dissidents (Political dissidents), ukrainians"))
    }

    @Test func aTidyCSVHasNoGroups() throws {
        let r = try StatsBinary.run(["groups", StatsBinary.fixture("no-total.csv")])
        #expect(r.status == 64)
        #expect(r.stderr.contains("defines no groups"))
    }

    @Test func outputIsTheSameEveryRun() throws {
        let a = try StatsBinary.run(["groups", "--format", "json"])
        let b = try StatsBinary.run(["groups", "--format", "json"])
        #expect(a.status == 0 && a.stdout == b.stdout)
    }
}
