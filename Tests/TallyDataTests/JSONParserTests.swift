import Testing
@testable import TallyData

@Suite("Reading JSON")
struct JSONParserTests {
    func parse(_ s: String) throws -> JSONValue { try JSONParser.parse(Array(s.utf8)) }

    @Test func valuesAndKeyOrder() throws {
        let v = try parse(#" {"b": [1, -2.5e2, true, false, null], "a": "x\"\u00e9\ud83d\ude00\n"} "#)
        #expect(v.serialized(pretty: false) == #"{"b":[1,-250,true,false,null],"a":"x\"é😀\n"}"#)
        #expect(v["a"]?.stringValue == "x\"é😀\n")
        #expect(v["b"]?.arrayValue?.count == 5)
    }

    @Test func writtenJSONReadsBackTheSame() throws {
        let v = JSONValue.object([("k", .array([.number(0.1), .int(-3), .string("Свидетели\t"), .object([])]))])
        #expect(try parse(v.serialized()) == v)
    }

    @Test(arguments: [
        ("{", 1, 2), ("[1,]", 1, 4), ("{\"a\" 1}", 1, 6), ("tru", 1, 4), ("\"open", 1, 6),
        ("{\"a\":1}\nx", 2, 1), ("[01x]", 1, 4), ("\"\\q\"", 1, 4),
    ])
    func errorsSayWhere(_ text: String, _ line: Int, _ column: Int) {
        do {
            _ = try parse(text)
            Issue.record("\(text) parsed")
        } catch let error as JSONParser.SyntaxError {
            #expect(error.line == line && error.column == column, "\(text): \(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        #expect(throws: JSONParser.SyntaxError.self) { try parse(String(repeating: "[", count: 10000)) }
    }
}
