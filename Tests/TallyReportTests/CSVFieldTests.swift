import Testing
@testable import TallyReport

@Suite("CSV fields: quoted, and formulas neutralised")
struct CSVFieldTests {
    /// Reads one field back as a spreadsheet or Python's csv module would.
    static func unquote(_ field: String) -> String {
        guard field.hasPrefix("\""), field.hasSuffix("\""), field.count >= 2 else { return field }
        return field.dropFirst().dropLast().split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")
    }

    @Test func formulasFromDataBecomeText() {
        #expect(CSVField.encode("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVField.encode("@SUM(1+1)") == "'@SUM(1+1)")
        #expect(CSVField.encode("+cmd") == "'+cmd")
        #expect(CSVField.encode("-cmd") == "'-cmd")
        #expect(CSVField.encode("\tx") == "'\tx")
        #expect(CSVField.encode("\rx") == "\"'\rx\"")
    }

    @Test func numbersStayNumbers() {
        for number in ["-3.5", "+12", "-0", "1e-05", "-1.5E+07", "-inf", "inf", "nan", "0.95", "-.5"] {
            #expect(CSVField.encode(number) == number, "\(number)")
        }
        for text in ["-", "--", "-e5", "-1-2", "-1e", "-1e+", "+-1", "-1..2", "-.", "-inf2", "-3.5x"] {
            #expect(CSVField.needsNeutralising(text), "\(text)")
        }
    }

    @Test func quotingAsRFC4180() {
        #expect(ReportTable.csvField("a,b") == "\"a,b\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("Свидетели") == "Свидетели")
        #expect(CSVField.encode("a\nb") == "\"a\nb\"")
    }

    /// Property: read back, every field is its text, with a `'` in front exactly when a
    /// spreadsheet would otherwise run it; no field read back starts a formula unless a number.
    @Test func readBackIsTheTextOrItsNeutralisedForm() {
        for text in TextEscapingSamples.all {
            let back = Self.unquote(CSVField.encode(text))
            #expect(back == (CSVField.needsNeutralising(text) ? "'" + text : text), "\(text.debugDescription)")
            if let first = back.unicodeScalars.first, CSVField.formulaPrefixes.contains(first) {
                #expect(CSVField.isNumber(back), "\(text.debugDescription)")
            }
        }
    }

    @Test func reportTablesUseIt() {
        let table = ReportTable(columns: [.init("category", .left), .init("n")], rows: [["=cmd()", "-2"], ["@x", "3"]])
        #expect(table.render(.csv) == "category,n\n'=cmd(),-2\n'@x,3\n")
    }

    @Test func plainDataForFilesReadBack() {
        #expect(CSVField.isPlainData("political"))
        #expect(CSVField.isPlainData("Свидетели Иеговы"))
        #expect(!CSVField.isPlainData("=cmd"))
        #expect(!CSVField.isPlainData("a\u{1B}[31m"))
        #expect(!CSVField.isPlainData("a\nb"))
    }
}
