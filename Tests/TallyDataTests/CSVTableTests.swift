import Foundation
import Testing
@testable import TallyData

@Suite("CSVTable reads RFC 4180")
struct CSVTableTests {
    func read(_ text: String) throws -> CSVTable {
        try CSVTable(bytes: Array(text.utf8), file: "t.csv")
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let t = try CSVTable(bytes: [UInt8](FileManager.default.contents(atPath: FixtureFiles.path("quoted.csv"))!), file: "quoted.csv")
        #expect(t.header == ["date", "category", "count", "note"])
        #expect(t.records.map { $0.fields[3] } == ["a note, with a comma", "she said \"at least\"\nand a second line", ""])
        #expect(t.records.map(\.line) == [2, 3, 5])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstColumnName() throws {
        let t = try CSVTable(bytes: [UInt8](FileManager.default.contents(atPath: FixtureFiles.path("bom.csv"))!), file: "bom.csv")
        #expect(t.header == ["date", "category", "count"])
        #expect(t.records[0].columns == [1, 6, 12])
    }

    @Test func crlfLineEndsAreOneBreak() throws {
        let t = try read("a,b\r\n1,2\r\n3,4\r\n")
        #expect(t.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(t.records.map(\.line) == [2, 3])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let t = try read("a,b\nЯЯ,x\n")
        #expect(t.records[0].columns == [1, 4])
    }

    @Test func unterminatedQuoteIsReportedWhereItOpens() {
        #expect(throws: CSVSyntaxError(file: "t.csv", line: 2, column: 5,
                                       message: "a quoted field opened here is never closed; expected a closing \" before the end of the file")) {
            try read("a,b,c\n1,2,\"never\n3,4,5\n")
        }
    }

    @Test func quoteInsideUnquotedFieldIsAnError() {
        #expect(throws: CSVSyntaxError.self) { try read("a\nx\"y\n") }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVSyntaxError.self) { try read("a\n\"x\"y\n") }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: CSVSyntaxError.self) { try CSVTable(bytes: Array("a\n".utf8) + [0xFF, 0x0A], file: "t.csv") }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: CSVSyntaxError.self) { try read("") }
    }

    struct DifferentialCase: Decodable { let name: String; let text: String; let records: [[String]] }
    struct Differential: Decodable { let cases: [DifferentialCase] }

    /// Python's csv module is the reference reader (scripts/reference/csv_differential.py).
    @Test func readsLikePythonsCSVModule() throws {
        let data = FileManager.default.contents(atPath: FixtureFiles.path("csv-differential.json"))!
        let fixture = try JSONDecoder().decode(Differential.self, from: data)
        #expect(fixture.cases.count > 300)
        for c in fixture.cases {
            let t = try CSVTable(bytes: Array(c.text.utf8), file: c.name)
            let records = [t.header] + t.records.map(\.fields)
            #expect(records == c.records, "\(c.name): \(c.text.debugDescription)")
        }
    }
}
