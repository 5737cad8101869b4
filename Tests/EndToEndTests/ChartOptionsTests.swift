import Foundation
import Testing

/// The chart options a designer meets first (issue 16, item 6): `chart render` takes the
/// command line over the spec, spec errors say the field and what to write, `time` may be left
/// to the date, `--help` names sizes as people say them, and bad scales, logos and themes are
/// refused with the documented exit codes (64 usage, 65 bad content).
@Suite("chart options, end to end")
struct ChartOptionsTests {
    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-chart-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func chart(_ args: [String]) throws -> StatsBinary.Result {
        try StatsBinary.run(args, executable: "chart")
    }

    func write(_ dir: URL, _ name: String, _ text: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Dated by year, month and day alone: no `time`.
    static let spec = #"""
    {"kind": "line", "title": "From the spec", "subtitle": "Spec subtitle", "source": "Test source", "locale": "en",
     "series": [{"id": "a", "label": "A", "points": [{"year": 2018, "month": 3, "day": 1, "value": 46},
                                                     {"year": 2019, "month": 10, "value": 53}, {"year": 2021, "value": 80}]}]}
    """#

    @Test func renderTakesTitleSubtitleLocaleAndSizeFromTheCommandLine() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try write(dir, "spec.json", Self.spec)
        let r = try chart(["render", spec, "--title", "Заголовок", "--subtitle", "Подзаголовок", "--locale", "ru",
                           "--size", "square", "--out", dir.path + "/c.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: dir.path + "/c.svg", encoding: .utf8)
        #expect(svg.contains(#"width="1080px" height="1080px""#))
        #expect(svg.contains("<title>Заголовок</title>"))
        #expect(svg.contains("<desc>Линейный график: Заголовок. Подзаголовок."))
        #expect(svg.contains("от 46 (1 марта 2018) до 80 (2021)"))
        // Without options the spec's own words stand.
        let plain = try chart(["render", spec, "--out", dir.path + "/d.svg"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let own = try String(contentsOfFile: dir.path + "/d.svg", encoding: .utf8)
        #expect(own.contains("<title>From the spec</title>") && own.contains(#"width="1200px""#))
    }

    @Test func aPointWithoutTimeOrYearSaysWhatToWrite() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try write(dir, "spec.json", #"{"kind": "line", "title": "T", "source": "S", "series": [{"id": "a", "label": "A", "points": [{"value": 3}]}]}"#)
        let r = try chart(["render", spec, "--out", dir.path + "/c.png"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("series[0].points[0].time: missing; give \"year\""), "\(r.stderr)")
        let noSource = try write(dir, "s2.json", #"{"kind": "line", "title": "T", "series": []}"#)
        let s = try chart(["render", noSource, "--out", dir.path + "/c.png"])
        #expect(s.status == 65)
        #expect(s.stderr.contains(#"source: missing; this field is required; write "source": "Who published the figures""#), "\(s.stderr)")
        let badValue = try write(dir, "s3.json", #"{"kind": "line", "title": "T", "source": "S", "series": [{"id": "a", "label": "A", "points": [{"year": 2020, "value": "many"}]}]}"#)
        let v = try chart(["render", badValue, "--out", dir.path + "/c.png"])
        #expect(v.status == 65)
        #expect(v.stderr.contains(#"series[0].points[0].value: expected a number; write "value": 767"#), "\(v.stderr)")
    }

    @Test func helpNamesSizesAsPeopleSayThem() throws {
        let r = try chart(["line", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("social (1200x675"))
        #expect(!r.stdout.contains("ChartSize("))
        #expect(r.stdout.contains("1, 2 or 3"))
    }

    /// A chart's format is its --out file's extension: `--format` is offered only where it
    /// changes something (the stats commands).
    @Test func formatIsNotAChartOption() throws {
        let help = try chart(["line", "--help"])
        #expect(!help.stdout.contains("--format"))
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["line", "--format", "json", "--out", dir.path + "/x.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--format"))
        let stats = try StatsBinary.run(["show", "--help"])
        #expect(stats.stdout.contains("--format"))
    }

    @Test func scalesOtherThanOneTwoOrThreeAreUsageErrors() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["line", "--scale", "4", "--out", dir.path + "/x.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--scale 4.0: expected 1, 2 or 3"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aLogoThatIsNotAPNGIsRefusedAsBadContent() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let logo = try write(dir, "logo.png", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        let r = try chart(["line", "--logo", logo, "--out", dir.path + "/x.png"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("logo.png"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/x.png"))
    }

    @Test(arguments: [(#"{"titleSize": -5}"#, "titleSize: -5"), (#"{"titelSize": 30}"#, "titelSize: not a theme file field")])
    func themeValuesOutOfRangeAndUnknownKeysAreBadContent(_ json: String, _ said: String) throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let theme = try write(dir, "theme.json", json)
        let r = try chart(["line", "--theme", theme, "--out", dir.path + "/x.png"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains(said), "\(r.stderr)")
    }

    /// A PNG says its resolution: 96 dpi at scale 1, 300 dpi at the report size.
    @Test func pngsCarryTheirDpi() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try chart(["line", "--size", "report", "--out", dir.path + "/r.png"]).status == 0)
        #expect(try chart(["line", "--out", dir.path + "/s.png"]).status == 0)
        func pHYs(_ path: String) throws -> [UInt8]? {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            guard let at = (0..<(bytes.count - 4)).first(where: { bytes[$0..<($0 + 4)].elementsEqual("pHYs".utf8) }) else { return nil }
            return Array(bytes[(at + 4)..<(at + 13)])
        }
        // 300 dpi = 11,811 px/m (0x2E23); 96 dpi = 3,780 px/m (0x0EC4); unit 1 = metre.
        #expect(try pHYs(dir.path + "/r.png") == [0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1])
        #expect(try pHYs(dir.path + "/s.png") == [0, 0, 0x0E, 0xC4, 0, 0, 0x0E, 0xC4, 1])
    }
}
