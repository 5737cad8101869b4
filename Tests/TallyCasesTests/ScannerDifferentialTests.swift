import Testing
@testable import TallyCases
import TallyData
import TallyPrimitives

/// CaseFileScanner, the case reader's own CSV scanner, against TallyData's CSVTable: on the same
/// bytes both give the same records, field by field, or both refuse. This is the property of the
/// `cases` fuzz target (Fuzz/Targets/cases), made two-sided: there a refusal by CSVTable skips the
/// comparison, here the scanner must refuse too.
///
/// What is compared: CSVTable's header and records against every record the scanner reads, an
/// empty file (no record) counting as a refusal, as `stats aggregate` refuses it. Out of scope,
/// because CSVTable refuses them as text rather than as CSV and the scanner does not look: bytes
/// that are not UTF-8, the characters `ForbiddenCharacter` lists (so a CR inside quotes comes only
/// as CRLF), and CSVTable's size limits. The generator below stays inside that domain.
@Suite("CaseFileScanner reads what CSVTable reads")
struct ScannerDifferentialTests {
    enum Reading: Equatable, CustomStringConvertible {
        case records([[String]])
        case refused

        var description: String {
            switch self {
            case .records(let r): "\(r)"
            case .refused: "refused"
            }
        }
    }

    static func scanner(_ bytes: [UInt8]) -> Reading {
        bytes.withUnsafeBytes { raw in
            var scanner = CaseFileScanner(bytes: raw)
            defer { scanner.release() }
            var records: [[String]] = []
            do {
                while try scanner.next() { records.append((0..<scanner.fieldCount).map { scanner.string(scanner[$0]) }) }
            } catch {
                return .refused
            }
            return records.isEmpty ? .refused : .records(records)
        }
    }

    static func table(_ bytes: [UInt8]) -> Reading {
        guard let table = try? CSVTable(bytes: bytes, file: "cases.csv") else { return .refused }
        return .records([table.header] + table.records.map(\.fields))
    }

    func expectSameReading(_ text: String, _ what: String) {
        let bytes = Array(text.utf8)
        let mine = Self.scanner(bytes), theirs = Self.table(bytes)
        #expect(mine == theirs, "\(what): scanner \(mine), CSVTable \(theirs), input \(bytes)")
    }

    @Test func handMadeCasesReadTheSame() {
        let cases: [(String, String)] = [
            ("a,b\n1,2\n", "plain"),
            ("a,b\r\n1,2\r\n", "CRLF"),
            ("a,b\r1,2\r", "lone CR line ends"),
            ("\u{FEFF}a,b\n1,2", "byte-order mark, no final line break"),
            ("a,b,c\n,,\n", "empty fields"),
            ("a,b\n1,\n", "empty last field"),
            ("a,b\n1,", "trailing comma at the end of the file"),
            ("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", "comma and doubled quotes inside quotes"),
            ("a,b\n\"line\nbreak\",\"crlf\r\nbreak\"\n", "line breaks inside quotes"),
            ("a,b\n\n\r\n1,2\n\n", "empty lines skipped"),
            ("a,b\n\"\",\"\"\"\"\n", "an empty quoted field and a lone quote"),
            ("a\n\"x\"\"\u{301}y\"\n", "a doubled quote followed by a combining mark"),
            ("a,b\n1,x\"y\n", "a quote inside an unquoted field: refused"),
            ("a,b\n\"1\"x,2\n", "text after a closing quote: refused"),
            ("a,b\n\"never closed,2\n", "an unclosed quote: refused"),
            ("", "empty file: refused"),
            ("\n\r\n", "only line breaks: refused"),
        ]
        for (text, what) in cases { expectSameReading(text, what) }
    }

    /// Random CSV-ish files from the pieces that make CSV hard, and a few syntax errors.
    struct Generator {
        var rng: SplitMix64
        static let plain = ["", "a", "xyz", "12", " ", "\t", "a b", "é", "жук", "😀", "\u{301}"]
        static let quoted = ["", "a", ",", "\"\"", "\n", "\r\n", " ", "é", "\u{301}", "😀", "x,y", "\"\"\u{301}"]
        static let lineEnds = ["\n", "\r\n", "\r"]

        mutating func pick(_ options: [String]) -> String { options[rng.below(options.count)] }

        mutating func field() -> String {
            switch rng.below(20) {
            case 0: return "a\"b"                       // quote inside an unquoted field
            case 1: return "\"a\"b"                     // text after a closing quote
            case 2..<10:
                var s = "\""
                for _ in 0..<rng.below(4) { s += pick(Self.quoted) }
                return s + "\""
            default:
                var s = ""
                for _ in 0..<rng.below(3) { s += pick(Self.plain) }
                return s
            }
        }

        mutating func file() -> String {
            var text = rng.below(4) == 0 ? "\u{FEFF}" : ""
            let width = 1 + rng.below(4)
            let records = rng.below(5)
            for r in 0..<records {
                // Mostly the header's width, sometimes ragged (both readers allow it).
                let n = rng.below(6) == 0 ? 1 + rng.below(5) : width
                text += (0..<n).map { _ in field() }.joined(separator: ",")
                if rng.below(8) == 0 { text += "," }
                if rng.below(6) == 0 { text += pick(Self.lineEnds) }   // an empty line
                if r < records - 1 || rng.below(2) == 0 { text += pick(Self.lineEnds) }
            }
            if rng.below(25) == 0 { text += "\"open" }         // a quote never closed
            return text
        }
    }

    @Test func generatedFilesReadTheSame() {
        var generator = Generator(rng: SplitMix64(seed: 20_261_201))
        var refused = 0, read = 0
        for i in 0..<5000 {
            let text = generator.file()
            let bytes = Array(text.utf8)
            let mine = Self.scanner(bytes), theirs = Self.table(bytes)
            #expect(mine == theirs, "file \(i): scanner \(mine), CSVTable \(theirs), input \(bytes)")
            if theirs == .refused { refused += 1 } else { read += 1 }
        }
        // Both outcomes are exercised, so agreement is not only agreement on refusing.
        #expect(refused > 500 && read > 2000, "\(refused) refused, \(read) read")
    }
}
