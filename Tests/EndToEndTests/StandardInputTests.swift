import Foundation
import Testing

/// A tidy CSV piped in as `-` (issue 12.2), read and refused as a file is, named `stdin` in messages.
@Suite("A tidy CSV on standard input, end to end")
struct StandardInputTests {
    @Test func semicolonSeparatedCountsAreShown() throws {
        let r = try StatsBinary.run(["show", "-", "--format", "csv"], input: "Date;Category;Count\n2019-06-10T00:00;a;5\n2020-06-10;a;7\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2019-06-10,a,5"), "\(r.stdout)")
        #expect(r.stdout.contains("2020-06-10,a,7"), "\(r.stdout)")
    }

    @Test func theDelimiterAndTheColumnsLeftOutAreSaid() throws {
        let r = try StatsBinary.run(["validate", "-"], input: "date\tcategory\tcount\tregion\n2019\ta\t5\tnorth\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("stdin:1: warning: fields are separated by a tab: the header has no comma"), "\(r.stderr)")
        #expect(r.stderr.contains("stdin:1:21: warning: field 'region': this column is not read"), "\(r.stderr)")
    }

    @Test func aThousandsSeparatorIsADataErrorWithItsPlace() throws {
        let r = try StatsBinary.run(["trend", "-"], input: "date,category,count\n2019,a,\"1,262\"\n")
        #expect(r.status == 65)
        #expect(r.stderr.contains("stdin:2:8: error: field 'count': value '1,262': expected a whole number (integer); the number has a thousands separator (','): write it as plain digits, 1262"), "\(r.stderr)")
    }

    @Test func aHeaderWithoutRowsIsNoRows() throws {
        let r = try StatsBinary.run(["show", "-", "--category", "a"], input: "date,category,count\n")
        #expect(r.status == 65)
        #expect(r.stderr.contains("stdin:1:1: error: no rows"), "\(r.stderr)")
    }
}
