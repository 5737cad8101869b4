import TallyData
import TallyPrimitives

/// Turns loading failures into `CommandError`s: a missing file (66) or every issue found in an
/// invalid dataset (65).
public enum DataErrors {
    /// How many errors are printed before the rest are only counted.
    public static let printedLimit = 50

    public static func loading<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let missing as InputMissing {
            throw CommandError.missingInput("\(missing)")
        } catch let invalid as DatasetInvalid {
            throw invalidDataset(invalid.issues)
        }
    }

    /// Runs `body`; a selection TallyData refuses (an unknown category, no default series, parts
    /// of different wholes) becomes a usage error (64) when the request is at fault, a data
    /// error (65) when the data cannot answer it.
    public static func selecting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refused as any SelectionRefusal {
            throw CommandError(refused.isUsageError ? .usage : .data, refused.description)
        }
    }

    /// The issues, at most `printedLimit` of them, then how many errors and warnings in all.
    public static func invalidDataset(_ issues: [ValidationIssue]) -> CommandError {
        // The loader ends a capped list with one issue saying how many more it did not keep:
        // print it last, whatever the print limit, and do not count it as a problem itself.
        let summary = issues.last.flatMap { $0.message.hasPrefix("... and at least ") ? $0 : nil }
        let listed = summary == nil ? issues : Array(issues.dropLast())
        let errors = listed.filter { $0.severity == .error }
        var lines = listed.prefix(printedLimit).map(\.description)
        if listed.count > printedLimit {
            lines.append("... and \(listed.count - printedLimit) more (\(errors.count) errors in all)")
        }
        if let summary { lines.append(summary.description) }
        let more = summary == nil ? "" : " listed (and more not listed)"
        let warnings = listed.count - errors.count
        return CommandError(.data, "\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(more)",
                            details: lines, label: nil)
    }
}
