import Foundation
import Testing
@testable import TallyData

@Suite("Groups: read from a package's groups table, named in any language and case")
struct GroupTests {
    var dataset: Dataset { try! DatasetLoader.load(FixtureFiles.path("package-groups")) }

    @Test func aGroupAnswersToItsIdLabelsAndAliasesWhateverTheCase() throws {
        let d = dataset
        for name in ["ukrainians", "UKRAINIANS", "Ukrainian citizens", "граждане украины", "ГРАЖДАНЕ УКРАИНЫ",
                     "Українці", "  ukrainian   citizens "] {
            #expect(try d.resolveGroup(name).id == "ukrainians", "\(name)")
        }
        #expect(try d.resolveGroup("ПРАВОЗАХИСНИКИ").id == "defenders")
        #expect(try d.resolveGroup("défenseurs").id == "defenders")
        #expect(try d.resolveGroup("DÉFENSEURS").id == "defenders")
    }

    @Test func foldingIsUnicodeCaseFoldingNotJustLowercasing() {
        #expect(Group.folded("STRASSE") == Group.folded("straße"))
        #expect(Group.folded("ΟΔΟΣ") == Group.folded("οδος"))
        #expect(Group.folded("ЛГБТ") == Group.folded("лгбт"))
        #expect(Group.folded("lgbt") != Group.folded("lgb t"))
    }

    @Test func anUnknownNameIsATypedErrorListingTheGroups() {
        #expect(throws: UnknownGroup.self) { try dataset.resolveGroup("dissidents") }
        do {
            _ = try dataset.resolveGroup("dissidents")
        } catch {
            #expect(error.name == "dissidents")
            #expect(error.known.map(\.id) == ["ukrainians", "minorities", "defenders"])
            #expect(error.description.contains("expected one of: ukrainians (Ukrainian citizens), minorities (Minorities), defenders (Human-rights defenders)"))
        }
    }

    @Test func aCategoryMayBelongToTwoGroups() throws {
        let d = dataset
        #expect(try d.resolveGroup("ukrainians").categories == ["tatars"])
        #expect(try d.resolveGroup("minorities").categories == ["tatars", "believers"])
        #expect(try d.resolveGroup("minorities").headline == "believers")
    }

    @Test func aGroupNobodyCountsHasNoHeadlineAndSaysWhy() throws {
        let defenders = try dataset.resolveGroup("defenders")
        #expect(defenders.headline == nil)
        #expect(defenders.note == "Nobody counts them.")
        #expect(defenders.categories == ["defenders_held"])
        #expect(dataset.observations(of: "defenders_held").isEmpty)
    }

    @Test func aTidyCSVHasNoGroupsAndTheErrorSaysSo() {
        let d = try! DatasetLoader.load(FixtureFiles.path("valid.csv"))
        #expect(d.groups.isEmpty)
        do {
            _ = try d.resolveGroup("lgbt")
            Issue.record("resolved a group in a CSV without groups")
        } catch {
            #expect(error.description.contains("this dataset defines no groups"))
        }
    }
}

@Suite("Groups: what a package may not say")
struct GroupTableErrorTests {
    /// The fixture package with `file` replaced by `text`, loaded; the errors it gives, file names cut.
    func errors(replacing file: String, with text: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("groups-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: FixtureFiles.path("package-groups"), toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.removeItem(atPath: folder + "/" + file)   // the copy may be read-only
        try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        do {
            _ = try DatasetLoader.load(folder)
            return []
        } catch let invalid as DatasetInvalid {
            return invalid.issues.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        }
    }

    @Test func aCategoryNamingAnUnlistedGroup() throws {
        #expect(try errors(replacing: "categories.csv", with: "id,label_en,measure,groups\ntatars,T,stock,ukrainians;tatarz\nbelievers,B,stock,minorities\ndefenders_held,D,stock,defenders\n") == [
            "categories.csv:2:16: error: field 'groups': value '\"tatarz\"': unknown group; expected one of ukrainians, minorities, defenders",
        ])
    }

    @Test func aHeadlineOutsideItsGroup() throws {
        #expect(try errors(replacing: "groups.csv", with: "id,label_en,label_ru,aliases,headline,note\nukrainians,U,У,,believers,\nminorities,M,М,,believers,\ndefenders,D,П,,,Nobody counts them.\n") == [
            "groups.csv:2:17: error: field 'headline': value '\"believers\"': not one of the group's categories; expected a category whose 'groups' column names 'ukrainians'",
        ])
    }

    @Test func noHeadlineAndNoReason() throws {
        #expect(try errors(replacing: "groups.csv", with: "id,label_en,label_ru,aliases,headline,note\nukrainians,U,У,,tatars,\nminorities,M,М,,believers,\ndefenders,D,П,,,\n") == [
            "groups.csv:4:17: error: field 'note': a group without a headline needs a note saying why nobody counts it",
        ])
    }

    @Test func oneNameForTwoGroups() throws {
        #expect(try errors(replacing: "groups.csv", with: "id,label_en,label_ru,aliases,headline,note\nukrainians,U,У,Крымчане,tatars,\nminorities,M,М,КРЫМЧАНЕ,believers,\ndefenders,D,П,,,Nobody counts them.\n") == [
            "groups.csv:3:16: error: field 'aliases': value '\"крымчане\"': this name is also a name of the group 'ukrainians'; a name must pick one group",
        ])
    }
}
