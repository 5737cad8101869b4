import Foundation
import Testing
@testable import TallyData
import TallyPrimitives

/// A data package written to a fresh temporary folder.
struct TemporaryPackage {
    let folder: String

    static let countsSchema = """
        {"fields": [{"name": "date"}, {"name": "category"}, {"name": "count", "type": "integer"},
                    {"name": "qualifier"}, {"name": "source"}]}
        """

    /// `files` by name; without a `datapackage.json`, one naming counts.csv with a plain schema.
    init(_ files: [String: String]) throws {
        folder = NSTemporaryDirectory() + "tally-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var files = files
        if files["datapackage.json"] == nil {
            files["datapackage.json"] = Self.descriptor(counts: Self.countsSchema)
        }
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
    }

    static func descriptor(counts schema: String, path: String = "counts.csv", extra: String = "") -> String {
        """
        {"name": "t", "resources": [{"name": "counts", "path": "\(path)", "schema": \(schema)}\(extra)]}
        """
    }

    /// The printed issues of loading the package (empty when it loads).
    func errors() -> [String] {
        do {
            _ = try DatasetLoader.load(folder)
            return []
        } catch let invalid as DatasetInvalid {
            return invalid.issues.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        } catch {
            return ["\(error)"]
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite("Hostile data packages and tidy CSVs")
struct HostileDataTests {
    func errors(_ files: [String: String]) throws -> [String] {
        let package = try TemporaryPackage(files)
        defer { package.remove() }
        return package.errors()
    }

    func tidyErrors(_ csv: String) throws -> [String] {
        let path = NSTemporaryDirectory() + "tally-tidy-\(UUID().uuidString).csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try DatasetLoader.load(path)
            return []
        } catch let invalid as DatasetInvalid {
            return invalid.issues.map { $0.description.replacingOccurrences(of: path, with: "t.csv") }
        }
    }

    // MARK: 1. counts range-checked

    @Test func aCountOfInt64MaxIsRefusedWithItsPlace() throws {
        let e = try tidyErrors("date,category,count\n2019,total,9223372036854775807\n2019,political,9223372036854775807\n")
        #expect(e.contains("t.csv:2:12: error: field 'count': value '9223372036854775807': out of range; a count must be at most 1000000000 (DataLimits.maxCount)"))
        #expect(e.contains { $0.hasPrefix("t.csv:3:16:") })
    }

    @Test func countsAboveTheLimitOrTooLongForInt64AreRefused() throws {
        let e = try errors(["counts.csv": "date,category,count,qualifier,source\n2019,total,1000000001,exact,a\n2020,total,99999999999999999999999,exact,a\n2021,total,1000000000,exact,a\n"])
        #expect(e.count == 2)
        #expect(e[0].hasPrefix("counts.csv:2:12: error: field 'count'"))
        #expect(e[1].hasPrefix("counts.csv:3:12") && e[1].contains("out of range"))
    }

    // MARK: 2. Tally's count schema always enforced

    @Test func aPackageSchemaThatDeclaresCountsAsTextCannotDropBadRows() throws {
        let schema = """
            {"fields": [{"name": "date"}, {"name": "category"}, {"name": "count", "type": "string"},
                        {"name": "qualifier"}, {"name": "source"}]}
            """
        let e = try errors(["datapackage.json": TemporaryPackage.descriptor(counts: schema),
                            "counts.csv": "date,category,count,qualifier,source\n2019,total,many,exact,a\n2020,total,-4,exact,a\n2021,,5,exact,a\n2022,total,5,exact,a\n2022,total,6,exact,a\n"])
        #expect(e == [
            "counts.csv:2:12: error: field 'count': value 'many': expected a whole number (integer)",
            "counts.csv:3:12: error: field 'count': value '-4': must be >= 0",
            "counts.csv:4:6: error: field 'category': value '': required value is empty",
            "counts.csv:6:1: error: field 'date+category+source': value '2022, total, a': duplicate primary key; first seen on line 5",
        ])
    }

    @Test func aCountsTableWithoutTheCountColumnIsAnError() throws {
        let schema = #"{"fields": [{"name": "date"}, {"name": "category"}, {"name": "n"}]}"#
        let e = try errors(["datapackage.json": TemporaryPackage.descriptor(counts: schema),
                            "counts.csv": "date,category,n\n2019,total,5\n"])
        #expect(e == ["counts.csv:1: error: field 'count': a counts table needs the columns date, category and count (and may have qualifier, source, note); missing: count"])
    }

    @Test func countsMustReferToListedCategoriesAndSourcesEvenWithoutForeignKeys() throws {
        let plain = #"{"fields": [{"name": "id"}, {"name": "url"}]}"#
        let descriptor = TemporaryPackage.descriptor(counts: TemporaryPackage.countsSchema, extra: """
            , {"name": "sources", "path": "sources.csv", "schema": \(plain)},
              {"name": "categories", "path": "categories.csv", "schema": {"fields": [{"name": "id"}]}}
            """)
        let e = try errors(["datapackage.json": descriptor,
                            "sources.csv": "id,url\na,https://example.org/\n",
                            "categories.csv": "id\ntotal\n",
                            "counts.csv": "date,category,count,qualifier,source\n2019,total,5,exact,b\n2019,other,5,exact,a\n"])
        #expect(e == [
            "counts.csv:2:20: error: field 'source': value 'b': unknown source; expected an id listed in sources.csv",
            "counts.csv:3:6: error: field 'category': value 'other': unknown category; expected an id listed in categories.csv",
        ])
    }

    // MARK: 3. control characters

    @Test func controlCharactersInCellsAreRefusedAndNamed() throws {
        let refused: [UInt32] = [0x1B, 0x7F, 0x85, 0x9F, 0xFFFE, 0xFFFF, 0x202A, 0x202E, 0x2066, 0x2069, 0x0,
                                 0x1FFFE, 0x10FFFF, 0xFDD0, 0xFDEF, 0x0D]
        let cases = refused.map { v in
            (String(Character(Unicode.Scalar(v)!)) + "b", ForbiddenCharacter.codePoint(Unicode.Scalar(v)!))
        }
        for (text, name) in cases {
            let e = try tidyErrors("date,category,count,note\n2019,total,5,\"x\(text)\"\n")
            #expect(e.count == 1, "\(name)")
            #expect(e.first?.hasPrefix("t.csv:2:16: error: the text holds ") == true && e.first?.contains(name) == true, "\(e)")
            #expect(e.first?.contains(text) == false, "the raw character is printed")
        }
    }

    @Test func theColumnOfAControlCharacterInAMultiLineFieldIsItsOwn() throws {
        let e = try tidyErrors("date,category,count,note\n2019,total,5,\"line one\nab\u{7}c\"\n")
        #expect(e.first?.hasPrefix("t.csv:3:3: error: the text holds a control character U+0007") == true, "\(e)")
    }

    @Test func tabsAndLineBreaksStayAllowedInFreeText() throws {
        #expect(try tidyErrors("date,category,count,note\n2019,total,5,\"a\tb\r\nc\nd\"\n") == [])
    }

    @Test func invalidUTF8IsRefused() throws {
        let path = NSTemporaryDirectory() + "tally-utf8-\(UUID().uuidString).csv"
        try Data([UInt8]("date,category,count\n2019,tot".utf8) + [0xC3, 0x28] + [UInt8](",5\n".utf8))
            .write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DatasetInvalid.self) { try DatasetLoader.load(path) }
    }

    @Test func controlCharactersInTheDescriptorAreRefusedEvenEscaped() throws {
        let e = try errors(["datapackage.json": #"{"name": "t", "title": "A\u001b[2J", "resources": []}"#])
        #expect(e == [#"datapackage.json:1:24: error: not valid JSON: the text holds a control character U+001B, which Tally refuses in data; remove it (character 2 of the string)"#])
    }

    // MARK: 4. patterns

    @Test func aBacktrackingPatternNoLongerHangsValidation() throws {
        let schema = """
            {"fields": [{"name": "date"}, {"name": "category", "constraints": {"pattern": "(a+)+b"}},
                        {"name": "count", "type": "integer"}]}
            """
        let start = Date()
        let e = try errors(["datapackage.json": TemporaryPackage.descriptor(counts: schema),
                            "counts.csv": "date,category,count\n2019,\(String(repeating: "a", count: 60)),5\n"])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(e.count == 1 && e[0].contains("does not match the pattern (a+)+b"))
    }

    @Test func aPatternThatCannotRunIsAnErrorNamingFieldAndPattern() throws {
        let schema = #"{"fields": [{"name": "date", "constraints": {"pattern": "(\\d)\\1"}}, {"name": "category"}, {"name": "count"}]}"#
        let e = try errors(["datapackage.json": TemporaryPackage.descriptor(counts: schema),
                            "counts.csv": "date,category,count\n2019,total,5\n"])
        #expect(e == [#"datapackage.json: error: field 'resources[0].schema.fields[0].constraints.pattern': not a valid data package descriptor: field 'date': the pattern "(\\d)\\1" cannot be used: at character 5: backreferences are not supported; patterns must match in linear time: literals, escapes, '.', classes, \d \w \s, groups, '|', '* + ?' and {m,n}; no backreferences or lookaround"#])
    }

    @Test func patternWorkPerTableIsBounded() throws {
        let schema = TableSchema(fields: [.init(name: "a", constraints: .init(pattern: "(a|b|c|d|e|f)*x{0,1000}"))])
        let value = String(repeating: "a", count: 60_000)
        let table = try CSVTable(bytes: Array(("a\n" + String(repeating: value + "\n", count: 10)).utf8), file: "f.csv")
        let start = Date()
        let issues = TableValidator(schema: schema, file: "f.csv").issues(in: table)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(issues.count >= 1 && issues.contains { $0.message.contains("TableValidator.maxPatternWork") })
    }

    @Test func aPatternInASchemaBuiltInCodeIsReportedNotSkipped() throws {
        let schema = TableSchema(fields: [.init(name: "a", constraints: .init(pattern: "(?=x)"))])
        let table = try CSVTable(bytes: Array("a\nx\n".utf8), file: "f.csv")
        let issues = TableValidator(schema: schema, file: "f.csv").issues(in: table)
        #expect(issues.count == 1 && issues[0].message.contains("cannot be used"))
    }

    // MARK: 5. JSON reader

    @Test func duplicateKeysAreRefusedWithTheirPlace() {
        #expect(throws: JSONParser.SyntaxError(line: 2, column: 11, message: #"duplicate key "a": it appears twice in one object; keep one (readers disagree on which counts)"#)) {
            try JSONParser.parse(Array("{\"a\": 1,\n \"b\": {}, \"a\": 2}".utf8))
        }
    }

    @Test func deepNestingStopsAtTheLimitWithoutExhaustingTheStack() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
        do { _ = try JSONParser.parse(deep) } catch { #expect(error.message.contains("JSONParser.maxDepth")) }
    }

    @Test func numbersOutOfRangeAndLongStringsAreRefused() {
        #expect(throws: JSONParser.SyntaxError(line: 1, column: 2, message: "the number 1e400 is out of range; expected a magnitude below about 1.8e308")) {
            try JSONParser.parse(Array("[1e400]".utf8))
        }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(("[" + String(repeating: "9", count: 200) + "]").utf8)) }
        let long = "\"" + String(repeating: "x", count: JSONParser.maxStringBytes + 1) + "\""
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(long.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#"["a\u0085"]"#.utf8)) }
        #expect((try? JSONParser.parse(Array(#"["line\nbreak\ttab", 99999999999999999999]"#.utf8))) != nil)
    }

    @Test func aDescriptorMemberOfTheWrongTypeIsReportedNotIgnored() throws {
        let e = try errors(["datapackage.json": #"{"name": 5, "resources": []}"#])
        #expect(e == ["datapackage.json: error: field 'name': not a valid data package descriptor: expected a string, found a number"])
        let f = try errors(["datapackage.json": TemporaryPackage.descriptor(
            counts: #"{"fields": [{"name": "count", "constraints": {"minimum": "0"}}]}"#), "counts.csv": "date,category,count\n"])
        #expect(f == ["datapackage.json: error: field 'resources[0].schema.fields[0].constraints.minimum': not a valid data package descriptor: expected a number, found a string"])
    }

    @Test func packageAndResourceNamesAreIds() throws {
        let e = try errors(["datapackage.json": #"{"name": "<script>", "resources": []}"#])
        #expect(e == [#"datapackage.json: error: field 'name': not a valid data package descriptor: "<script>" is not a package name; expected an id of ASCII letters, digits, '_', '-' and '.', starting with a letter or digit, at most 64 characters"#])
        let f = try errors(["datapackage.json": #"{"resources": [{"name": "a b", "path": "x.csv", "schema": {"fields": []}}]}"#])
        #expect(f.first?.contains("field 'resources[0].name'") == true && f.first?.contains("is not a resource name") == true)
    }

    @Test func twoResourcesWithOneNameAreRefused() throws {
        let e = try errors(["datapackage.json": TemporaryPackage.descriptor(counts: TemporaryPackage.countsSchema, extra: #", {"name": "counts", "path": "counts.csv", "schema": {"fields": []}}"#),
                            "counts.csv": "date,category,count,qualifier,source\n"])
        #expect(e.first?.contains("a second resource named 'counts'") == true)
    }

    // MARK: 6. resource paths

    @Test(arguments: [
        ("/etc/passwd", "absolute paths are not read"),
        ("../counts.csv", "a '..' component leaves the package folder"),
        ("sub/../../x.csv", "a '..' component leaves the package folder"),
        ("https://example.org/counts.csv", "URLs are not read"),
        ("file:///etc/passwd", "URLs are not read"),
        ("", "the path is empty"),
    ])
    func resourcePathsOutsideThePackageAreRefused(path: String, reason: String) throws {
        let e = try errors(["datapackage.json": TemporaryPackage.descriptor(counts: TemporaryPackage.countsSchema, path: path)])
        #expect(e.count == 1)
        #expect(e.first?.contains("resource 'counts' has path") == true && e.first?.contains(reason) == true, "\(e)")
    }

    @Test func aSymbolicLinkOutOfThePackageIsRefused() throws {
        let package = try TemporaryPackage(["outside.csv": "date,category,count\n2019,total,5\n"])
        defer { package.remove() }
        try FileManager.default.createDirectory(atPath: package.folder + "/pkg", withIntermediateDirectories: false)
        try Data(TemporaryPackage.descriptor(counts: TemporaryPackage.countsSchema).utf8)
            .write(to: URL(fileURLWithPath: package.folder + "/pkg/datapackage.json"))
        try FileManager.default.createSymbolicLink(atPath: package.folder + "/pkg/counts.csv", withDestinationPath: "../outside.csv")
        do {
            _ = try DatasetLoader.load(package.folder + "/pkg")
            Issue.record("loaded through a symbolic link out of the package")
        } catch let invalid as DatasetInvalid {
            #expect(invalid.issues.count == 1)
            #expect(invalid.issues[0].message.contains("resolves (through a symbolic link) to a file outside the package folder"))
        }
    }

    @Test func aSymbolicLinkInsideThePackageIsRead() throws {
        let package = try TemporaryPackage(["real.csv": "date,category,count,qualifier,source\n2019,total,5,exact,a\n"])
        defer { package.remove() }
        try FileManager.default.createSymbolicLink(atPath: package.folder + "/counts.csv", withDestinationPath: "real.csv")
        #expect(package.errors() == [])
    }

    // MARK: 7. source URLs

    @Test func sourceURLsMustBeHTTPOrHTTPS() throws {
        let plain = #"{"fields": [{"name": "id"}, {"name": "url"}]}"#
        let descriptor = TemporaryPackage.descriptor(counts: TemporaryPackage.countsSchema, extra: #", {"name": "sources", "path": "sources.csv", "schema": \#(plain)}"#)
        let e = try errors(["datapackage.json": descriptor,
                            "sources.csv": "id,url\na,javascript:alert(1)\nb,HTTPS://example.org/x\nc,\"data:text/html;base64,PHNjcmlwdD4=\"\nd,https:///x\ne,\"https://x.org/<script>\"\n",
                            "counts.csv": "date,category,count,qualifier,source\n2019,total,5,exact,a\n"])
        #expect(e == [
            #"sources.csv:2:3: error: field 'url': value '"javascript:alert(1)"': not an http or https URL; expected a URL starting with https:// (or http://)"#,
            #"sources.csv:4:3: error: field 'url': value '"data:text/html;base64,PHNjcmlwdD4="': not an http or https URL; expected a URL starting with https:// (or http://)"#,
            #"sources.csv:5:3: error: field 'url': value '"https:///x"': the URL names no host; expected https://host/path"#,
            #"sources.csv:6:3: error: field 'url': value '"https://x.org/<script>"': the URL holds U+003C, which a URL may not hold unencoded; percent-encode it"#,
        ])
    }

    @Test func anUnknownSourceKindIsAnErrorNotUnverified() throws {
        let plain = #"{"fields": [{"name": "id"}, {"name": "kind"}]}"#
        let descriptor = TemporaryPackage.descriptor(counts: TemporaryPackage.countsSchema, extra: #", {"name": "sources", "path": "sources.csv", "schema": \#(plain)}"#)
        let e = try errors(["datapackage.json": descriptor, "sources.csv": "id,kind\na,orginal\n",
                            "counts.csv": "date,category,count,qualifier,source\n2019,total,5,exact,a\n"])
        #expect(e == [#"sources.csv:2:3: error: field 'kind': value '"orginal"': unknown kind of source; expected one of original, primary_outlet, reprint, unverified"#])
    }

    // MARK: 8. limits

    @Test func aHeaderWithTooManyColumnsStopsAtTheLimit() throws {
        let header = (0..<2_000_000).map { _ in "c" }.joined(separator: ",")
        let start = Date()
        let e = try tidyErrors(header + "\n")
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(e == ["t.csv:1:2001: error: more than 1000 fields in one record (CSVTable.maxColumns)"])
    }

    @Test func aFieldLongerThanTheLimitIsRefused() throws {
        let e = try tidyErrors("date,category,count,note\n2019,total,5,\"" + String(repeating: "x", count: CSVTable.maxFieldBytes + 1) + "\"\n")
        #expect(e == ["t.csv:2:14: error: a field longer than 65536 bytes (CSVTable.maxFieldBytes); is a quote left open?"])
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeReading() throws {
        let path = NSTemporaryDirectory() + "tally-big-\(UUID().uuidString).csv"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(DataLimits.maxTableBytes + 1))
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try DatasetLoader.load(path)
            Issue.record("a file over the limit was read")
        } catch let invalid as DatasetInvalid {
            #expect(invalid.issues[0].message.contains("larger than Tally reads (67108864 bytes, DataLimits.maxTableBytes)"))
        }
    }

    @Test func millionsOfBadRowsKeepOnlyTheFirstIssuesAndCountTheRest() throws {
        let rows = (0..<20_000).map { "2019,c\($0),x\n" }.joined()
        let e = try tidyErrors("date,category,count\n" + rows)
        #expect(e.count == DataLimits.maxIssues + 1)
        #expect(e.last?.contains("... and at least 19000 more issues (at least 19000 errors) not listed") == true, "\(e.last ?? "")")
    }

    @Test func thirtyThousandCategoriesAndTwentyThousandObservationsLoadInLinearTime() throws {
        var csv = "date,category,count,source\n"
        for k in 0..<30_000 { csv += "2019-01-01,c\(k),\(k),s\n" }
        var days = 0
        days: for y in 1900... {
            for m in 1...12 {
                for d in 1...CivilCalendar.daysIn(month: m, year: y) {
                    csv += "\(PartialDate(year: y, month: m, day: d)),total,1,s\n"
                    days += 1
                    if days == 20_000 { break days }
                }
            }
        }
        csv += "1950,total,3,s\n1950-06,total,3,s\n"
        let path = NSTemporaryDirectory() + "tally-wide-\(UUID().uuidString).csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let start = Date()
        let d = try DatasetLoader.load(path)
        #expect(d.categories.count == 30_001)
        let all = d.categories.map { d.series($0.id) }
        #expect(all.count == 30_001)
        let total = d.series("total")
        #expect(total.points.count == 20_000)
        #expect(total.superseded.count == 2)
        #expect(Date().timeIntervalSince(start) < 20)
    }

    // MARK: 9. identifiers

    @Test func idsThatCouldCarryMarkupOrFormulasAreRefused() throws {
        let e = try tidyErrors("date,category,count,source\n2019,<script>,5,a\n2019,=HYPERLINK(1),5,a\n2019,total,5,-cmd\n2019,\(String(repeating: "a", count: 65)),5,a\n")
        #expect(e.count == 4)
        #expect(e[0].hasPrefix(#"t.csv:2:6: error: field 'category': the category id "<script>" is not an id; expected an id of ASCII letters"#))
        #expect(e[2].hasPrefix(#"t.csv:4:14: error: field 'source': the source id "-cmd" is not an id"#))
        #expect(Identifier.isValid("recognised_cumulative_since_2022-10"))
        #expect(Identifier.isValid("memopzk-3"))
        #expect(!Identifier.isValid("a b") && !Identifier.isValid("") && !Identifier.isValid("é"))
    }

    @Test func theDefaultDatasetStillLoadsAndItsIdsFit() throws {
        let d = try DatasetLoader.load(FixtureFiles.defaultDataset)
        #expect(d.categories.allSatisfy { Identifier.isValid($0.id) })
        #expect(d.sources.keys.allSatisfy(Identifier.isValid))
        #expect(d.sources.values.allSatisfy { SourceURL.problem($0.url) == nil })
        #expect(d.observations.count > 100)
    }
}
