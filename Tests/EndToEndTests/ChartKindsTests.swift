import Foundation
import Testing

/// The press kit's chart kinds drawn from the default dataset with no options, and what each
/// refuses. A group nobody counts is never drawn as zero.
@Suite("chart kinds, end to end")
struct ChartKindsTests {
    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func chart(_ args: [String]) throws -> StatsBinary.Result { try StatsBinary.run(args, executable: "chart") }

    @Test func facetsDrawTheFiveGroupsAndSayWhichHasNoCount() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["facets", "--out", dir.path + "/groups.png"])
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try String(contentsOf: dir.appendingPathComponent("groups.txt"), encoding: .utf8)
        #expect(alt.hasPrefix("Small multiples, one panel per series, each on its own scale"))
        for group in ["Political dissidents", "Ukrainian citizens", "Ethnic and religious minorities", "LGBT people"] {
            #expect(alt.contains(group + ": "), "\(group) missing")
        }
        #expect(alt.contains("Human-rights defenders: no count published."))
        #expect(!alt.contains("Human-rights defenders: 0"))
        let ru = try chart(["facets", "--groups", "--locale", "ru", "--out", dir.path + "/groups-ru.svg"])
        #expect(ru.status == 0, "\(ru.stderr)")
    }

    @Test func facetsRefuseOneScaleForTwoMeasuresAndSayWhatToType() throws {
        let r = try chart(["facets", "--y", "shared", "--out", "/tmp/never-written.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("use --y free"), "\(r.stderr)")
        let both = try chart(["facets", "--groups", "--category", "political", "--out", "/tmp/never-written.png"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--group NAME --all"), "\(both.stderr)")
    }

    @Test func facetsOfCategoriesShareAScaleWhenOneBodyCountsOneMeasure() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["facets", "--category", "political", "--category", "religious", "--out", dir.path + "/lists.png"])
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try String(contentsOf: dir.appendingPathComponent("lists.txt"), encoding: .utf8)
        #expect(alt.hasPrefix("Small multiples, one panel per series on one shared scale"))
    }

    @Test func slopeWaffleAndCardWorkWithNoOptions() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for kind in ["slope", "waffle", "card"] {
            let r = try chart([kind, "--out", dir.path + "/\(kind).png"])
            #expect(r.status == 0, "\(kind): \(r.stderr)")
            let ru = try chart([kind, "--locale", "ru", "--out", dir.path + "/\(kind)-ru.png"])
            #expect(ru.status == 0, "\(kind) ru: \(ru.stderr)")
        }
    }

    /// (A count too large to draw cell by cell is refused with the scale to use: WaffleLayoutTests.)
    @Test func aWaffleOrCardOfSeveralCategoriesIsRefused() throws {
        let two = try chart(["card", "--category", "political", "--category", "religious", "--out", "/tmp/never-written.png"])
        #expect(two.status == 64)
        #expect(two.stderr.contains("choose one with --category"), "\(two.stderr)")
    }

    @Test func overlaysOnALineAndWhatOtherKindsRefuse() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["line", "--category", "political", "--category", "religious", "--highlight", "religious",
                           "--band", "2022-02:2022-12=first year of the invasion", "--relative-to", "2018-03", "--out", dir.path + "/l.png"])
        #expect(r.status == 0, "\(r.stderr)")
        let none = try chart(["line", "--relative-to", "1990", "--out", "/tmp/never-written.png"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("has no figure published for 1990"), "\(none.stderr)")
        let bars = try chart(["bar", "--band", "2020:2021=x", "--out", "/tmp/never-written.png"])
        #expect(bars.status == 64)
        #expect(bars.stderr.contains("no time axis"), "\(bars.stderr)")
    }

    @Test func checkColorsNamesPairsAndPassesTheDefaultPalette() throws {
        let r = try chart(["check-colors"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("No two colours alike"))
    }
}
