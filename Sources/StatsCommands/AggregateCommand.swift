import ArgumentParser
import Dispatch
import TallyCases
import TallyCLI
import TallyData
import TallyDigest
import TallyPrimitives
import TallyReport
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

public struct AggregateCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Count people held on snapshot dates (stock), and detained and released per period, from case records.",
        discussion: """
            CASES is a CSV with id,category,detained_on,released_on[,region,article,source] (categories
            separated by ';'), or a data package with a resource named "cases". Held on day d means
            detained_on <= d < released_on; an empty released_on means still held.
            \(CaseDate.rule)
            The output is a tidy counts file (date,category,count,qualifier,source,note) that stats trend,
            stats breakdown and chart read directly, with a .provenance.json beside it.
            Example: stats aggregate cases.csv --every year --on 12-31 --from 2010 --to 2024 --out counts.csv
            """)

    @Argument(help: "The case records: a CSV file, or a data package with a 'cases' resource.")
    var cases: String

    @Option(name: .long, help: "Snapshot frequency: year, quarter, month or day.")
    var every: SnapshotSchedule.Every = .year

    @Option(name: .long, help: "Snapshot day of the year for --every year, as MM-DD (default 12-31).")
    var on: String?

    @Option(name: .long, help: "First year (default: the earliest detention).")
    var from: Int?

    @Option(name: .long, help: "Last year (default: the latest detention).")
    var to: Int?

    @Option(name: .long, help: "Count by category, region or article (and always in total).")
    var by: CaseAggregation.Key = .category

    @Option(name: .long, help: "Allowed categories, comma-separated (a data package's categories are used by default).")
    var categories: String?

    @Flag(name: .customLong("skip-invalid"), help: "Skip invalid records (counted in the summary) instead of stopping.")
    var skipInvalid = false

    @Option(name: .long, help: "The stock counts file to write (CSV).")
    var out: String

    @Option(name: .long, help: "Also write inflow and outflow per period to this CSV file.")
    var flows: String?

    func onDay() throws -> (month: Int, day: Int)? {
        guard let on else { return nil }
        let parts = on.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { throw ValidationError("--on \(on): give MM-DD, e.g. 12-31") }
        return (parts[0], parts[1])
    }

    public func validate() throws {
        _ = try onDay()
        if on != nil, every != .year { throw ValidationError("--on goes with --every year") }
    }

    /// The CSV of cases and its allowed categories.
    func input() throws -> (path: String, allowed: Set<String>?) {
        var allowed = categories.map { Set($0.split(separator: ",").map { $0.trimming(.spaces) }) }
        var isDir = false
        guard FileManager.default.fileExists(atPath: cases, isDirectory: &isDir) else {
            throw CommandError.missingInput("\(cases): no such file or folder")
        }
        // A device or pipe never ends (the digest would read /dev/zero forever): files only.
        let type = (try? FileManager.default.attributesOfItem(atPath: cases))?[.type] as? FileAttributeType
        guard isDir || type == .typeRegular else {
            throw CommandError.missingInput("\(cases): not a regular file; expected a CSV file of case records or a data-package folder")
        }
        guard isDir || cases.hasSuffix(".json") else { return (cases, allowed) }
        let descriptor = isDir ? cases + "/datapackage.json" : cases
        // The package's files are found as every package's are: confined to its folder, regular
        // files only, read with Tally's limits, and any problem is an error (never skipped).
        return try DataErrors.loading {
            let casesPath = try PackageResource.path(named: "cases", descriptor: descriptor, required: true)!
            if allowed == nil, by == .category, let categoriesPath = try PackageResource.path(named: "categories", descriptor: descriptor) {
                allowed = Set(try PackageResource.column("id", ofTableAt: categoriesPath))
            }
            return (casesPath, allowed)
        }
    }

    public func run() throws {
        // Outputs named twice, or naming an input, are refused before any record is read.
        let (path, allowed) = try input()
        InputFiles.record(path)
        try AtomicFiles.checkDistinct([out] + (flows.map { [$0] } ?? []) + [out + ".provenance.json"])
        // The input's SHA-256 is computed on the second core while the first counts.
        let digest = Digest()
        let group = DispatchGroup()
        // Read in pieces rather than through the counters' mapping, so that the file need not
        // be resident all at once.
        DispatchQueue.global().async(group: group) {
            digest.value = SHA256.hex(file: path) ?? "unreadable"
        }
        // Wait for the digest on every way out: exiting while OpenSSL runs on the other thread
        // crashes in its exit handlers (found by fuzzing invalid case files).
        defer { group.wait() }
        let result: CaseAggregation
        do {
            result = try CaseAggregation.run(path: path, options: .init(key: by, every: every, on: try onDay(), from: from, to: to,
                                                                             allowedKeys: allowed, skipInvalid: skipInvalid))
        } catch let invalid as CaseAggregation.Invalid {
            let a = invalid.aggregation
            var listed = a.issues.prefix(DataErrors.printedLimit).map { "\(path):\($0)" }
            let total = a.issues.count + a.issuesNotKept
            if total > DataErrors.printedLimit { listed.append("... and \(total - DataErrors.printedLimit) more") }
            throw CommandError(.data, "\(total) invalid record\(total == 1 ? "" : "s") of \(a.recordsRead); nothing written. Fix them, or pass --skip-invalid to leave them out.",
                               details: listed, label: nil)
        } catch let failure as CaseAggregation.Failure {
            throw CommandError.data("\(failure)")
        } catch let invalid as SnapshotSchedule.Invalid {
            throw CommandError.usage(invalid.message)
        }
        group.wait()

        let source = String(path.split(separator: "/").last ?? Substring(path))
        try refuseMisreadable(keys: result.keys, source: source, path: path)
        var csv = "date,category,count,qualifier,source,note\n"
        let labels = result.schedule.labels
        for (j, date) in labels.enumerated() {
            csv += "\(date),total,\(result.totalStock[j]),exact,\(CSVField.encode(source)),\n"
            for (i, key) in result.keys.enumerated() {
                csv += "\(date),\(CSVField.encode(key)),\(result.stock[i][j]),exact,\(CSVField.encode(source)),\n"
            }
        }
        var files: [(path: String, bytes: [UInt8])] = [(out, Array(csv.utf8))]
        if let flows {
            var f = "period_start,period_end,category,inflow,outflow\n"
            for j in labels.indices {
                let start = result.schedule.periodStart(j)
                f += "\(start),\(labels[j]),total,\(result.totalInflow[j]),\(result.totalOutflow[j])\n"
                for (i, key) in result.keys.enumerated() {
                    f += "\(start),\(labels[j]),\(CSVField.encode(key)),\(result.inflow[i][j]),\(result.outflow[i][j])\n"
                }
            }
            files.append((flows, Array(f.utf8)))
        }
        let provenance = JSONValue.object([
            ("generator", .string("stats aggregate")),
            ("input", .object([("path", .string(path)), ("sha256", .string(digest.value)), ("records", .int(result.recordsRead))])),
            ("records_used", .int(result.recordsUsed)),
            ("records_skipped", .int(result.recordsSkipped)),
            ("skip_invalid", .bool(skipInvalid)),
            ("by", .string(by.rawValue)),
            ("every", .string(every.rawValue)),
            ("snapshots", .array(labels.map { .string($0) })),
            ("held_rule", .string("held on d: detained_on <= d < released_on; empty released_on: still held")),
            ("partial_date_rule", .string(CaseDate.rule)),
            ("multi_category_rule", .string("a person in several categories counts once in each category and once in the total")),
            ("records_in_several_categories", .int(result.multiCategoryRecords)),
            ("outputs", .array(files.map { .string($0.path) })),
        ])
        files.append((out + ".provenance.json", Array(provenance.serialized().utf8)))
        try AtomicFiles.write(files)

        printError("Read \(result.recordsRead) records from \(path); counted \(result.recordsUsed)" +
                   (result.recordsSkipped > 0 ? ", skipped \(result.recordsSkipped) invalid" : "") + ".")
        if result.multiCategoryRecords > 0 {
            printError("\(result.multiCategoryRecords) people are in several categories: each counts once in every category and once in the total, so categories add up to more than the total.")
        }
        printError("Stock on \(labels.count) dates written to \(out)" + (flows.map { "; flows to \($0)" } ?? "") + ".")
    }
}

/// The SHA-256 computed on another thread; read only after the group is waited on.
final class Digest: @unchecked Sendable {
    var value = ""
}

extension AggregateCommand {
    /// The counts file is data that every command reads back: a category, region or article (or
    /// the input's file name, written as the source) that a spreadsheet would run as a formula, or
    /// that holds a control character, is refused (65) at the first record that gives it, rather
    /// than written changed.
    func refuseMisreadable(keys: [String], source: String, path: String) throws {
        if !CSVField.isPlainData(source) {
            throw CommandError.data("\(path): the file name would be written as the counts' source, and a spreadsheet would read it as a formula or it holds a control character; rename the file")
        }
        guard let bad = keys.first(where: { !CSVField.isPlainData($0) }) else { return }
        var location = path
        // Only on this error path is the file read again, for the line of the first such value
        // (as written, or with its quotes doubled inside a quoted field).
        if let data = FileManager.default.contents(atPath: path) {
            let bytes = [UInt8](data)
            let forms = [Array(bad.utf8), Array(bad.utf8.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] })]
            if let at = forms.compactMap({ Self.firstOffset(of: $0, in: bytes) }).min() {
                location += ":\(1 + bytes[..<at].reduce(0) { $0 + ($1 == 10 ? 1 : 0) })"
            }
        }
        throw CommandError.data("\(location): \(by.rawValue) '\(bad)' " +
            (bad.unicodeScalars.contains(where: TerminalText.isControl) ? "holds a control character" : "begins with \(bad.prefix(1).debugDescription), which a spreadsheet reads as a formula") +
            "; the counts file is read back as data, so such a value is refused rather than changed. Correct the case records.")
    }

    /// Where `needle` first occurs in `haystack`.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}

extension SnapshotSchedule.Every: ExpressibleByArgument {}
extension CaseAggregation.Key: ExpressibleByArgument {}
