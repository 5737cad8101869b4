import Testing
@testable import TallyData

@Suite("Caveats: what a package says its counts mean")
struct CaveatTests {
    func caveatsPackage() throws -> Dataset { try DatasetLoader.load(FixtureFiles.path("package-caveats")) }

    /// The `tally` block read from an inline descriptor snippet, or the error it raises.
    func tallyBlockError(_ json: String) -> String? {
        do {
            _ = try TallyBlock(json: try JSONParser.parse(Array(json.utf8)))
            return nil
        } catch let error as DescriptorError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test func datasetFirstThenEachCountingBodyThenEachCategoryWithoutRepeats() throws {
        let d = try caveatsPackage()
        #expect(d.caveats(for: ["total", "other"], context: .trend, locale: "en") == [
            "Every count is a published figure.",
            "Body A counts only the people it has recognised.",
            "Body B counts on another definition.",
        ])
    }

    @Test func aCaveatForOneKindOfOutputIsLeftOutOfTheOthers() throws {
        let d = try caveatsPackage()
        #expect(d.caveats(for: ["total"], context: .breakdown, locale: "en") == ["Every count is a published figure."])
        #expect(d.caveats(for: ["part"], context: .chart, locale: "en") == [
            "Every count is a published figure.", "The part has been counted since 2016.",
        ])
    }

    @Test func askingForAllGetsOnlyTheCaveatsWrittenForEveryOutput() throws {
        let d = try caveatsPackage()
        #expect(d.caveats(for: ["part", "other"], context: .all, locale: "en") == [
            "Every count is a published figure.", "Body B counts on another definition.",
        ])
    }

    @Test func aMissingTranslationFallsBackToEnglish() throws {
        let d = try caveatsPackage()
        #expect(d.caveats(for: ["part"], context: .chart, locale: "ru") == [
            "Every count is a published figure.", "Часть считается с 2016 года.",
        ])
        #expect(d.caveats(for: [], context: .table, locale: "fr") == ["Chaque nombre est un chiffre publié."])
    }

    @Test func anUnknownCategoryAddsNothing() throws {
        let d = try caveatsPackage()
        #expect(d.caveats(for: ["nope"], context: .trend, locale: "en") == ["Every count is a published figure."])
    }

    @Test func aTidyCSVHasNoCaveats() throws {
        let d = try DatasetLoader.load(FixtureFiles.path("valid.csv"))
        #expect(d.caveats.isEmpty)
        #expect(d.caveats(for: ["total"], context: .trend, locale: "en").isEmpty)
    }

    @Test func aCaveatOnABodyThePackageDoesNotHaveIsAnErrorAtItsJSONPath() throws {
        do {
            _ = try DatasetLoader.load(FixtureFiles.path("package-caveat-unknown-body"))
            Issue.record("a caveat on an unknown counting body was accepted")
        } catch let invalid as DatasetInvalid {
            #expect(invalid.errors.map(\.description) == [
                FixtureFiles.path("package-caveat-unknown-body/datapackage.json")
                    + ": error: field 'tally.caveats[0].id': value 'Body C': no category is counted by this body; expected a counting_body named in the categories table",
            ])
        }
    }

    @Test func aCaveatOnAnUnknownCategoryIsAnError() {
        let block = try? TallyBlock(json: try? JSONParser.parse(Array(#"{"caveats": [{"scope": "category", "id": "gone", "en": "x"}]}"#.utf8)))
        let issues = block?.unknownReferences([Category(id: "total")], file: "p.json") ?? []
        #expect(issues.map(\.description) == [
            "p.json: error: field 'tally.caveats[0].id': value 'gone': no category has this id; expected an id listed in the categories table",
        ])
    }

    @Test func everyCaveatNeedsItsEnglishSentence() {
        #expect(tallyBlockError(#"{"caveats": [{"scope": "dataset", "fr": "Chiffres publiés."}]}"#)
                == "tally.caveats[0].en: missing; every caveat needs its English sentence (the other languages fall back to it)")
        #expect(tallyBlockError(#"{"caveats": [{"scope": "dataset", "en": "  "}]}"#)
                == "tally.caveats[0].en: empty; expected the sentence")
    }

    @Test func scopeAndIdMustAgree() {
        #expect(tallyBlockError(#"{"caveats": [{"en": "x"}]}"#)
                == "tally.caveats[0].scope: missing; expected one of dataset, counting_body, category")
        #expect(tallyBlockError(#"{"caveats": [{"scope": "body", "en": "x"}]}"#)
                == #"tally.caveats[0].scope: "body" is not a scope; expected one of dataset, counting_body, category"#)
        #expect(tallyBlockError(#"{"caveats": [{"scope": "dataset", "id": "total", "en": "x"}]}"#)
                == "tally.caveats[0].id: a caveat on the whole dataset names no id; remove 'id' or choose the scope counting_body or category")
        #expect(tallyBlockError(#"{"caveats": [{"scope": "category", "en": "x"}]}"#)
                == "tally.caveats[0].id: missing; expected the category id")
    }

    @Test func contextsAreTheKindsOfOutputTallyMakes() {
        #expect(tallyBlockError(#"{"caveats": [{"scope": "dataset", "context": "report", "en": "x"}]}"#)
                == #"tally.caveats[0].context: "report" is not a context; expected one of all, trend, breakdown, chart, table"#)
        #expect(tallyBlockError(#"{"caveats": [{"scope": "dataset", "context": 3, "en": "x"}]}"#)
                == "tally.caveats[0].context: expected a string, found a number")
    }

    @Test func aMisspeltKeyIsAnErrorNotIgnored() {
        #expect(tallyBlockError(#"{"caveat": []}"#)
                == "tally.caveat: not a key Tally reads; expected one of default_category, source_policy, source_policy_note, date_convention, caveats")
        #expect(tallyBlockError(#"{"caveats": [{"scope": "dataset", "en": "x", "de": "y"}]}"#)
                == "tally.caveats[0].de: not a key Tally reads; expected one of scope, id, context, en, fr, ru, uk")
        #expect(tallyBlockError(#"{"caveats": {"scope": "dataset"}}"#)
                == "tally.caveats: expected a list, found an object")
    }

    @Test func theSourcePolicyMustBeOneTallyKnows() {
        #expect(tallyBlockError(#"{"source_policy": "newest"}"#)
                == #"tally.source_policy: "newest" is not a source policy; expected one of prefer-original, all"#)
        #expect(tallyBlockError(#"{"source_policy": "all", "default_category": "total"}"#) == nil)
    }

    @Test func aTallyBlockErrorStopsTheLoadWithItsPath() throws {
        do {
            _ = try DatasetLoader.load(FixtureFiles.path("package-caveat-without-english"))
            Issue.record("a caveat without English was accepted")
        } catch let invalid as DatasetInvalid {
            #expect(invalid.errors.map(\.description) == [
                FixtureFiles.path("package-caveat-without-english/datapackage.json")
                    + ": error: field 'tally.caveats[0].en': not a valid data package descriptor: missing; every caveat needs its English sentence (the other languages fall back to it)",
            ])
        }
    }
}
