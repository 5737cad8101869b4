import Testing
@testable import TallyReport
import TallyPrimitives
import TallyData

@Suite("JSON written in a stable form")
struct JSONValueTests {
    @Test func keysKeepTheirOrderAndNumbersRoundTrip() {
        let v = JSONValue.object([("b", .int(1)), ("a", .number(0.1)), ("c", .number(2.0)), ("d", .number(.nan))])
        #expect(v.serialized(pretty: false) == #"{"b":1,"a":0.1,"c":2,"d":null}"#)
    }

    @Test func stringsAreEscaped() {
        #expect(JSONValue.string("a\"b\\c\nd\u{01}é").serialized(pretty: false) == #""a\"b\\c\nd\u0001é""#)
    }

    @Test func controlCharactersNeverReachATerminalRaw() {
        let hostile = "\u{1B}[31mred\u{7F}\u{9B}2J\u{2028}\u{202E}Свидетели"
        let json = JSONValue.object([(hostile, .string(hostile))]).serialized(pretty: false)
        #expect(json == #"{"\u001b[31mred\u007f\u009b2J\u2028\u202eСвидетели":"\u001b[31mred\u007f\u009b2J\u2028\u202eСвидетели"}"#)
        #expect(!json.unicodeScalars.contains(where: TerminalText.isControl))
    }
}

@Suite("Report tables")
struct ReportTableTests {
    let table = ReportTable(title: "T", columns: [.init("name", .left), .init("n")],
                            rows: [["Свидетели", "12"], ["a|b", "3"]], notes: ["note"])

    @Test func textAlignsByCharacters() {
        #expect(table.render(.table) == "T\n\nname        n\n---------  --\nСвидетели  12\na|b         3\n\nnote\n")
    }

    @Test func markdownEscapesPipes() {
        #expect(table.render(.markdown).contains("| a\\|b | 3 |"))
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(ReportTable.csvField("a,b") == "\"a,b\"")
        #expect(ReportTable.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(table.render(.csv) == "name,n\nСвидетели,12\na|b,3\n")
    }

    @Test func numbersForPeople() {
        #expect(NumberText.significant(51.71830344942874) == "51.7")
        #expect(NumberText.significant(7335829988.6) == "7.34e+09")
        #expect(NumberText.pValue(0.0004) == "<0.001")
        #expect(NumberText.percentLevel(0.95) == "95%")
        #expect(NumberText.percentLevel(0.975) == "97.5%")
        #expect(NumberText.fixed(-0.0004, 3) == "0.000")
        #expect(NumberText.fixed(2.5, 0) == "3")
        #expect(NumberText.fixed(-1.25, 1) == "-1.3")
        #expect(NumberText.fixed(0.05, 3) == "0.050")
        #expect(NumberText.scientific(0.000673565, 8) == "6.7356500e-04")
        #expect(NumberText.scientific(-9.96e-5, 2) == "-1.0e-04")
    }
}
