import ArgumentParser
import TallyData
import TallyPrimitives

/// Turns loading failures into messages on stderr and sysexits codes.
public enum DataErrors {
    /// How many errors are printed before the rest are only counted.
    public static let printedLimit = 50

    public static func loading<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let missing as InputMissing {
            printError("error: \(missing)")
            throw ExitCode(66)
        } catch let invalid as DatasetInvalid {
            report(invalid.issues)
            throw ExitCode(65)
        }
    }

    public static func report(_ issues: [ValidationIssue]) {
        // The loader ends a capped list with one issue saying how many more it did not keep:
        // print it last, whatever the print limit, and do not count it as a problem itself.
        let summary = issues.last.flatMap { $0.message.hasPrefix("... and at least ") ? $0 : nil }
        let listed = summary == nil ? issues : Array(issues.dropLast())
        let errors = listed.filter { $0.severity == .error }
        for issue in listed.prefix(printedLimit) { printError(issue.description) }
        if listed.count > printedLimit {
            printError("... and \(listed.count - printedLimit) more (\(errors.count) errors in all)")
        }
        if let summary { printError(summary.description) }
        let more = summary == nil ? "" : " listed (and more not listed)"
        printError("\(errors.count) error\(errors.count == 1 ? "" : "s"), \(listed.count - errors.count) warning\(listed.count - errors.count == 1 ? "" : "s")\(more)")
    }
}

/// Wrong usage found after parsing (an unknown category, a formula naming a missing column):
/// says what to type instead and exits 64, without repeating the top-level usage.
public func usageError(_ message: String) -> ExitCode {
    printError("error: \(message)")
    return ExitCode(64)
}

/// Prints `message` on stderr with every control character from data (an ESC sequence in a
/// label, a file name or an argument) shown as a visible escape such as `\u{1B}`; line breaks
/// between the lines of a message are kept.
public func printError(_ message: String) {
    var stderr = StandardError()
    print(TerminalText.visible(message, keepingLineBreaks: true), to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.stderr(string)
    }
}
