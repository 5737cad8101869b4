import Foundation
import Testing
@testable import TallyCases
import TallyData

/// A key value written in quotes is counted under the text CSVTable reads from it: quotes
/// removed, doubled quotes made single, so that the counts match categories.csv and any reader.
@Suite("Quoted key values")
struct QuotedKeyTests {
    static let records = #"""
        id,category,detained_on,released_on
        1,"say ""no""",2015-01-01,
        2,"say ""no""; other",2015-02-01,
        3,plain,2015-03-01,
        4,"plain",2015-04-01,
        """#

    @Test func doubledQuotesAreUnescapedBeforeCounting() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-quoted-\(UUID().uuidString).csv").path
        try Self.records.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CaseAggregation.run(path: path, options: .init(every: .year, from: 2015, to: 2015,
                                                                   allowedKeys: ["say \"no\"", "other", "plain"]))
        #expect(r.keys == ["say \"no\"", "other", "plain"])
        #expect(r.stock == [[2], [1], [2]])
        // The same names as CSVTable gives the fields (split at ';' and trimmed as the counter does).
        let table = try CSVTable(bytes: Array(Self.records.utf8), file: "cases.csv")
        let names = table.records.flatMap { $0.fields[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(Set(names) == Set(r.keys))
    }
}
