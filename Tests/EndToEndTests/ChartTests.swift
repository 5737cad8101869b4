import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("chart, end to end")
struct ChartTests {
    let fixtures = StatsBinary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures").path

    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func chart(_ args: [String]) throws -> StatsBinary.Result {
        try StatsBinary.run(args, executable: "chart")
    }

    @Test func everyFormatAndTheAltTextSidecar() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["line", "--out", dir.path + "/total.png", "--out", dir.path + "/total.svg", "--out", dir.path + "/total.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: dir.appendingPathComponent("total.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let svg = try String(contentsOf: dir.appendingPathComponent("total.svg"), encoding: .utf8)
        #expect(svg.contains("<title>Recognised political prisoners (Memorial lists)</title>"))
        let pdf = try Data(contentsOf: dir.appendingPathComponent("total.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let alt = try String(contentsOf: dir.appendingPathComponent("total.txt"), encoding: .utf8)
        #expect(alt.hasPrefix("Line chart: Recognised political prisoners"))
        #expect(alt.contains("Sources:\n- "))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func sameInputsGiveTheSameBytesAcrossProcesses() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for run in ["a", "b"] {
            let r = try chart(["share", "--locale", "uk", "--theme", "dark", "--out", dir.path + "/\(run).png",
                               "--out", dir.path + "/\(run).svg", "--out", dir.path + "/\(run).pdf"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        for ext in ["png", "svg", "pdf", "txt"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("a.\(ext)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b.\(ext)"))
            #expect(a == b, "\(ext) differs between runs")
        }
    }

    @Test func sizesAndScales() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        func pngSize(_ name: String) throws -> (Int, Int) {
            let d = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            func be(_ o: Int) -> Int { Int(d[o]) << 24 | Int(d[o + 1]) << 16 | Int(d[o + 2]) << 8 | Int(d[o + 3]) }
            return (be(16), be(20))
        }
        #expect(try chart(["line", "--size", "square", "--scale", "2", "--out", dir.path + "/sq.png"]).status == 0)
        #expect(try pngSize("sq.png") == (2160, 2160))
        #expect(try chart(["bar", "--size", "story", "--out", dir.path + "/story.png"]).status == 0)
        #expect(try pngSize("story.png") == (1080, 1920))
        // A report column, 88 mm at 300 dpi: 4:3, or taller when its text would leave the plot
        // less than half of the height (the default chart's caveat and source do).
        #expect(try chart(["line", "--size", "report", "--out", dir.path + "/col.png"]).status == 0)
        let column = try pngSize("col.png")
        #expect(column.0 == 1039 && column.1 >= 780 && column.1 <= 3 * 1039, "\(column)")
    }

    @Test func renderFromASpecWithAnAnnotation() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["render", fixtures + "/spec-valid.json", "--out", dir.path + "/spec.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let alt = try String(contentsOf: dir.appendingPathComponent("spec.txt"), encoding: .utf8)
        #expect(alt.contains("Annotation: 296 in June 2019."))
    }

    @Test func aBrandThemeFile() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["line", "--theme", fixtures + "/theme-brand.json", "--out", dir.path + "/brand.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: dir.appendingPathComponent("brand.svg"), encoding: .utf8)
        #expect(svg.contains("rgb(47.843137%,12.156863%,36.078431%)") || svg.contains("rgb(48%,12%,36%)") || svg.lowercased().contains("7a1f5c"))
    }

    @Test func badInputGetsAClearErrorAndWritesNothing() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.path + "/x.png"
        let unknown = try chart(["line", "--category", "dissidents", "--out", out])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown category 'dissidents'"))
        let empty = try chart(["line", "--category", "lgbt_people", "--out", out])
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("no published counts"))
        let huge = try chart(["line", "--size", "9000x9000", "--scale", "2", "--out", out])
        #expect(huge.status == 64)
        #expect(huge.stderr.contains("over 16384 px a side"))
        let unwritable = try chart(["line", "--out", "/nonexistent-dir/x.png"])
        #expect(unwritable.status == 73)
        let malformed = try chart(["render", fixtures + "/spec-malformed.json", "--out", out])
        #expect(malformed.status == 65)
        let noSource = try chart(["render", fixtures + "/spec-no-source.json", "--out", out])
        #expect(noSource.status == 65)
        #expect(noSource.stderr.contains("no source line"))
        let format = try chart(["line", "--out", dir.path + "/x.gif"])
        #expect(format.status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func anExistingFileSurvivesAFailedRun() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.path + "/keep.png"
        _ = FileManager.default.createFile(atPath: path, contents: Data("old".utf8))
        let r = try chart(["line", "--category", "lgbt_people", "--out", path])
        #expect(r.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
    }

    // MARK: - Hostile input (issue 11)

    func writeSpec(_ dir: URL, _ json: String, name: String = "spec.json") throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let validSpec = #"{"kind":"line","title":"T","source":"S","series":[{"id":"a","label":"A","points":[{"time":2015.5,"year":2015,"value":50},{"time":2019.44,"year":2019,"month":6,"value":296}]}]}"#

    @Test(arguments: ["infx500", "1e19x500", "nanx500", "500xinf", "0x675", "20000x500"])
    func sizesThatCannotBeDrawnAreUsageErrors(_ size: String) throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try chart(["line", "--size", size, "--out", dir.path + "/x.png"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("16384 px a side"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func scalesOutsideTheRangeAndPixelsOverTheLimitAreUsageErrors() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for scale in ["100", "nan", "0", "0.1", "4", "2.5"] {
            let r = try chart(["line", "--scale", scale, "--out", dir.path + "/x.png"])
            #expect(r.status == 64, "\(scale): \(r.stderr)")
            #expect(r.stderr.contains("expected 1, 2 or 3"))
        }
        let total = try chart(["line", "--size", "8200x8200", "--out", dir.path + "/x.png"])
        #expect(total.status == 64)
        #expect(total.stderr.contains("over 64 Mpx in all"))
    }

    @Test func specFieldsAreCheckedAndNamedByTheirPath() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String)] = [
            (#"{"time":2016.5,"year":2016,"month":13,"value":2}"#, "series[0].points[1].month: 13, expected 1 to 12"),
            (#"{"time":1e20,"value":2}"#, "series[0].points[1].time: 1e+20, expected a decimal year from 1 to 10000"),
            (#"{"time":1e9,"year":2016,"value":2}"#, "series[0].points[1].time: 1000000000.0"),
            (#"{"time":2016.5,"year":1e20,"value":2}"#, "series[0].points[1].year: 1e+20"),
            (#"{"time":2016.5,"year":2016,"value":"many"}"#, "series[0].points[1].value: expected a number"),
        ]
        for (point, expected) in cases {
            let spec = try writeSpec(dir, #"{"kind":"line","title":"T","source":"S","series":[{"id":"a","label":"A","points":[{"time":2015.5,"year":2015,"value":50},"# + point + "]}]}")
            let r = try chart(["render", spec, "--out", dir.path + "/c.svg"])
            #expect(r.status == 65, "\(point): \(r.stderr)")
            #expect(r.stderr.contains(expected), "\(r.stderr)")
            #expect(!r.stderr.contains("DecodingError"))
            #expect(!FileManager.default.fileExists(atPath: dir.path + "/c.svg"))
        }
    }

    @Test func aSpecsLogoStaysInsideItsFolder() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inner = dir.appendingPathComponent("spec")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        // A real PNG outside the spec's folder, reached by '..', by an absolute path and by a link.
        let made = try chart(["render", try writeSpec(dir, Self.validSpec), "--size", "200x150", "--out", dir.path + "/outside.png"])
        #expect(made.status == 0, "\(made.stderr)")
        try FileManager.default.createSymbolicLink(atPath: inner.path + "/link.png", withDestinationPath: dir.path + "/outside.png")
        for logo in ["../outside.png", dir.path + "/outside.png", "link.png"] {
            let spec = try writeSpec(inner, String(Self.validSpec.dropLast()) + #","logo":""# + logo + #""}"#)
            let r = try chart(["render", spec, "--out", dir.path + "/c.svg"])
            #expect(r.status == 65, "\(logo): \(r.stderr)")
            #expect(r.stderr.contains("logo: "))
        }
        try FileManager.default.copyItem(atPath: dir.path + "/outside.png", toPath: inner.path + "/logo.png")
        let spec = try writeSpec(inner, String(Self.validSpec.dropLast()) + #","logo":"logo.png"}"#)
        let ok = try chart(["render", spec, "--out", dir.path + "/c.svg"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func hostileThemeValuesAreRefusedWithTheField() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (theme, expected) in [(#"{"titleSize":-1}"#, "titleSize: -1.0"), (#"{"lineWidth":1e308}"#, "lineWidth: 1e+308"),
                                  (#"{"margin":1e9}"#, "margin: 1000000000.0"), (##"{"grid":"#12"}"##, "grid: expected a colour"),
                                  (#"{"titelSize":30}"#, "titelSize: not a theme file field")] {
            let path = try writeSpec(dir, theme, name: "theme.json")
            let r = try chart(["line", "--theme", path, "--out", dir.path + "/c.svg"])
            #expect(r.status == 65, "\(theme): \(r.stderr)")
            #expect(r.stderr.contains(expected), "\(r.stderr)")
        }
        let device = try chart(["line", "--theme", "/dev/zero", "--out", dir.path + "/c.svg"])
        #expect(device.status == 65)
        let large = try writeSpec(dir, "{" + String(repeating: " ", count: 70_000) + "}", name: "large.json")
        let tooLarge = try chart(["line", "--theme", large, "--out", dir.path + "/c.svg"])
        #expect(tooLarge.status == 65)
        #expect(tooLarge.stderr.contains("larger than the 65536 bytes allowed"))
    }

    /// Every C0 control, U+FFFE, a CDATA end, a script tag and an ampersand in the title.
    @Test func anSVGFromAHostileTitleIsWellFormedXMLWithoutScript() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A command-line argument cannot hold NUL; every other C0 control is there.
        let controls = (1..<32).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let title = "Title " + controls + String(Unicode.Scalar(0xFFFE)!) + " ]]> <script>alert(1)</script> & end"
        let r = try chart(["line", "--title", title, "--alt", title, "--out", dir.path + "/c.svg", "--out", dir.path + "/c.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try Data(contentsOf: dir.appendingPathComponent("c.svg"))
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!String(decoding: svg, as: UTF8.self).contains("<script"))
        let alt = try String(contentsOf: dir.appendingPathComponent("c.txt"), encoding: .utf8)
        #expect(!alt.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(try Data(contentsOf: dir.appendingPathComponent("c.pdf")).starts(with: Array("%PDF".utf8)))
    }

    @Test func moreThanFortySeriesAreRefusedBeforeAnyIsBuilt() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var csv = "date,category,count\n"
        for i in 0..<30_000 { csv += "2020-01-01,c\(i),\(i + 1)\n" }
        let data = try writeSpec(dir, csv, name: "many.csv")
        let start = Date()
        let r = try chart(["line", data, "--out", dir.path + "/c.svg"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("at most 40; choose them with --category"))
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
