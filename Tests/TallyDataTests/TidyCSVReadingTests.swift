#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import TallyData

/// A tidy CSV as spreadsheets and databases write it (issue 12.2): what Tally reads, what it says
/// it did, and what it refuses with the place, the value and what was expected.
@Suite("Reading a tidy CSV")
struct TidyCSVReadingTests {
    func load(_ name: String) throws -> Dataset { try DatasetLoader.load(FixtureFiles.path(name)) }

    /// Every issue of a fixture that fails to load, as printed, with the fixture folder left out.
    func refusal(_ name: String) -> [String] {
        do {
            _ = try load(name)
            Issue.record("\(name) loaded")
            return []
        } catch let invalid as DatasetInvalid {
            return invalid.issues.map { $0.description.replacingOccurrences(of: FixtureFiles.folder + "/", with: "") }
        } catch {
            Issue.record("\(name): \(error)")
            return []
        }
    }

    func warnings(_ d: Dataset) -> [String] {
        d.warnings.map { $0.description.replacingOccurrences(of: FixtureFiles.folder + "/", with: "") }
    }

    @Test func headerNamesMatchWhateverTheirCaseAndSurroundingSpaces() throws {
        let d = try load("tidy-header-in-capitals.csv")
        #expect(d.observations.map(\.count) == [5])
        #expect(d.categories.map(\.id) == ["total"])
    }

    @Test func columnsTallyDoesNotReadAreLeftOutAndNamed() throws {
        let d = try load("tidy-columns-not-read.csv")
        #expect(d.observations.map(\.count) == [5])
        #expect(warnings(d).prefix(2) == [
            "tidy-columns-not-read.csv:1:21: warning: field 'region': this column is not read; Tally reads date, category, count, qualifier, source, note",
            "tidy-columns-not-read.csv:1:28: warning: a column without a name is not read; Tally reads date, category, count, qualifier, source, note",
        ])
    }

    @Test func theOldRefusalOfAnUnknownColumnIsNowAWarning() throws {
        let d = try load("bad-header.csv")
        #expect(d.observations.count == 1)
        #expect(warnings(d).first == "bad-header.csv:1:21: warning: field 'colour': this column is not read; Tally reads date, category, count, qualifier, source, note")
    }

    @Test func semicolonsAndTabsBetweenFieldsAreReadAndSaid() throws {
        let semicolons = try load("tidy-semicolons.csv")
        #expect(semicolons.observations.map(\.count) == [5])
        #expect(semicolons.observations.first?.note == "a, b")
        #expect(warnings(semicolons).first == "tidy-semicolons.csv:1: warning: fields are separated by a semicolon (;): the header has no comma")
        let tabs = try load("tidy-tabs.csv")
        #expect(tabs.observations.map(\.count) == [5])
        #expect(warnings(tabs).first == "tidy-tabs.csv:1: warning: fields are separated by a tab: the header has no comma")
    }

    @Test func theDelimiterIsReadFromTheHeaderOutsideQuotes() {
        #expect(CSVDelimiter.detect(in: Array("date,category,count\n1;2;3\n".utf8)) == CSVDelimiter.comma)
        #expect(CSVDelimiter.detect(in: Array("\"a,b\";c\n".utf8)) == CSVDelimiter.semicolon)
        #expect(CSVDelimiter.detect(in: Array("\u{FEFF}\ndate\tcount\n".utf8)) == CSVDelimiter.tab)
        #expect(CSVDelimiter.detect(in: Array("date\n".utf8)) == CSVDelimiter.comma)
    }

    @Test func midnightTimestampsAreTheirDate() throws {
        let d = try load("tidy-midnight-timestamps.csv")
        #expect(d.observations.map(\.date.description) == ["2019-06-10", "2019-06-11", "2019-06-12"])
    }

    @Test func anotherTimeOfDayIsRefusedWithThatReason() {
        #expect(refusal("tidy-time-of-day.csv") == [
            "tidy-time-of-day.csv:2:1: error: field 'date': value '2019-06-10T14:30': a time of day (14:30) is not read: a count is of one day; expected the date alone (YYYY-MM-DD) or midnight (T00:00)",
        ])
    }

    @Test func timestampsAreReadOnlyInTheirThreeForms() {
        #expect(TimestampDate.read("2019-06-10T00:00:00Z") == .date(PartialDate("2019-06-10")!))
        #expect(TimestampDate.read("2019-06-10T00:00:01") == .timeOfDay("00:00:01"))
        #expect(TimestampDate.read("2019-06-10T24:00") == .notATimestamp)
        #expect(TimestampDate.read("2019-06T00:00") == .notATimestamp)
        #expect(TimestampDate.read("2019-06-10T00:00+02:00") == .notATimestamp)
        #expect(TimestampDate.read("2019-02-30T00:00") == .notATimestamp)
    }

    @Test func aDayWrittenTwiceOnceWithMidnightIsADuplicate() {
        #expect(refusal("tidy-same-day-twice.csv") == [
            "tidy-same-day-twice.csv:3:1: error: field 'date+category': value '2019-06-10T00:00, total': duplicate primary key; first seen on line 2",
        ])
    }

    @Test func thousandsSeparatorsAreRefusedWithAHint() {
        #expect(refusal("tidy-thousands-separators.csv") == [
            "tidy-thousands-separators.csv:2:12: error: field 'count': value '1,262': expected a whole number (integer); the number has a thousands separator (','): write it as plain digits, 1262 (if it is a decimal: counts are whole numbers)",
            "tidy-thousands-separators.csv:3:12: error: field 'count': value '1 262': expected a whole number (integer); the number has a thousands separator (a space): write it as plain digits, 1262",
            "tidy-thousands-separators.csv:4:12: error: field 'count': value '1.262': expected a whole number (integer); the number has a thousands separator ('.'): write it as plain digits, 1262 (if it is a decimal: counts are whole numbers)",
        ])
    }

    @Test func onlyGroupsOfThreeDigitsLookLikeThousands() {
        #expect(ThousandsSeparator.hint("12\u{202F}345") == "the number has a thousands separator (a space, U+202F): write it as plain digits, 12345")
        #expect(ThousandsSeparator.hint("4.5") == nil)
        #expect(ThousandsSeparator.hint("1,2345") == nil)
        #expect(ThousandsSeparator.hint("1,234.567") == nil)
        #expect(ThousandsSeparator.hint("many") == nil)
    }

    @Test func aHeaderWithoutRowsIsNoRows() {
        #expect(refusal("tidy-header-only.csv") == [
            "tidy-header-only.csv:1:1: error: no rows: the file has a header and no counts; expected one row per date and category under it",
        ])
    }

    @Test func anEmptyFileIsNoRows() {
        #expect(refusal("empty.csv") == [
            "empty.csv:1:1: error: no rows: the file is empty; expected a header date,category,count and one row per count",
        ])
    }

    @Test func twoColumnsForOneNameAreRefused() {
        #expect(refusal("tidy-date-twice.csv") == [
            "tidy-date-twice.csv:1:6: error: field 'date': value 'Date': a second column for date (the first is column 1, \"date\"); keep one",
        ])
    }

    @Test func standardInputIsReadToItsEndWithinTheLimit() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let text = Array("date,category,count\n2019,total,5\n".utf8)
        #expect(write(ends[1], text, text.count) == text.count)
        close(ends[1])
        defer { close(ends[0]) }
        #expect(try StandardInput.read(limit: 1_000, from: ends[0]) == text)
    }

    @Test func standardInputPastTheLimitIsRefused() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let text = Array(repeating: UInt8(ascii: "x"), count: 100)
        #expect(write(ends[1], text, text.count) == text.count)
        close(ends[1])
        defer { close(ends[0]) }
        #expect(throws: DatasetInvalid.self) { try StandardInput.read(limit: 99, from: ends[0]) }
        let d = try TidyCSV.load(bytes: Array("date,category,count\n2019,total,5\n".utf8), file: StandardInput.name, location: "-")
        #expect(d.location == "-" && d.observations.first?.file == "stdin")
    }

    @Test func aNotebookDoesNotReadStandardInput() throws {
        let boundary = try ReadBoundary(folder: FixtureFiles.folder)
        #expect(throws: InputMissing.self) {
            try ReadBoundary.$current.withValue(boundary) { _ = try DatasetLoader.load("-") }
        }
    }
}
