#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TallyPrimitives

/// Named numeric columns read from a CSV file with a header, for regression.
public struct NumericTable: Sendable {
    public var file: String
    public var columns: [String: [Double]]
    public var rowCount: Int

    /// Reads the named columns; every value must be a finite number.
    /// - Throws: `InputMissing`, `UnknownColumns` (names not in the header), or `DatasetInvalid`
    ///   with every malformed value located.
    public static func read(_ path: String, columns names: [String]) throws -> NumericTable {
        let table = try DatasetLoader.readTable(path, display: path)
        let missing = names.filter { table.index(of: $0) == nil }
        if !missing.isEmpty { throw UnknownColumns(file: path, names: missing, available: table.header) }
        var issues: [ValidationIssue] = []
        var out: [String: [Double]] = [:]
        for name in names { out[name] = [] }
        for r in table.records {
            guard r.fields.count == table.header.count else {
                issues.append(ValidationIssue(file: path, line: r.line, column: r.columns.last,
                                              message: "row has \(r.fields.count) fields; expected \(table.header.count) as in the header"))
                continue
            }
            for name in names {
                let i = table.index(of: name)!
                let text = r.fields[i].trimming(.spacesAndTabs)
                if let x = Double(text), x.isFinite {
                    out[name]!.append(x)
                } else {
                    issues.append(ValidationIssue(file: path, line: r.line, column: r.columns[i], field: name, value: r.fields[i],
                                                  message: "expected a finite number"))
                }
            }
        }
        if !issues.isEmpty { throw DatasetInvalid(issues: issues) }
        return NumericTable(file: path, columns: out, rowCount: table.records.count)
    }
}

/// A formula names columns the file does not have.
public struct UnknownColumns: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var names: [String]
    public var available: [String]
    public var description: String {
        "\(file): no column named \(names.map { "'\($0)'" }.joined(separator: ", ")); the header has \(available.joined(separator: ", "))"
    }
}
