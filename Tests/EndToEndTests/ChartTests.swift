import Foundation
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
        // A report column, 88 mm at 300 dpi.
        #expect(try chart(["line", "--size", "report", "--out", dir.path + "/col.png"]).status == 0)
        #expect(try pngSize("col.png") == (1039, 780))
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
}
