import Testing
@testable import TallyCharts

@Suite("Text made safe for outputs, theme values checked")
struct SafeTextAndThemeTests {
    @Test func controlsNoncharactersAndBidiControlsAreReplaced() {
        let c0 = (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let cleaned = SafeText.clean("a" + c0 + "\u{7F}\u{85}\u{9F}" + scalar(0xFFFE) + scalar(0xFFFF) + scalar(0xFDD0) + scalar(0x1FFFE) + "\u{202E}\u{2066}\u{200F}\u{E000}b")
        #expect(cleaned.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        #expect(!cleaned.contains(scalar(0xFFFE)) && !cleaned.contains("\u{202E}"))
        #expect(cleaned.hasPrefix("a") && cleaned.hasSuffix("b"))
        // Tab, line feed and carriage return are spaces; the rest are U+FFFD, visible.
        #expect(SafeText.clean("a\tb\nc\rd") == "a b c d")
        #expect(SafeText.clean("x\u{1}y") == "x\u{FFFD}y")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Признанные политзаключённые (списки «Мемориала»)", "1\u{202F}262 personnes", "1\u{00A0}262",
                     "Less <than> & \"quoted\"", "emoji 🙂 and ≥ 767", "Частка від загальної кількості"] {
            #expect(SafeText.clean(text) == text)
        }
    }

    @Test func everyTextRunAndTheMetadataAreClean() throws {
        let hostile = "T\u{1}\u{1B}[31m" + scalar(0xFFFE) + "\u{202E}<script>]]>&"
        var spec = ChartFixtures.qualifiedWithGap
        spec.title = hostile
        spec.subtitle = hostile
        spec.notes = [hostile]
        spec.series[0].label = hostile
        spec.noData = [hostile]
        spec.annotations = [Annotation(series: "total", time: 2019.5, text: hostile)]
        let scene = try ChartLayout.scene(spec: spec, theme: .report, measurer: EstimatingTextMeasurer())
        for text in scene.texts.map(\.text) + [scene.title, scene.altText] {
            #expect(SafeText.clean(text) == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(scene.title.contains("<script>"))   // kept as text; escaping is the SVG writer's job
    }

    @Test func linesAsObstaclesMatchEverySampledBox() {
        // The constant-time test agrees with building every sample's box, on random segments.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let p0 = Point(Double.random(in: 0...400, using: &rng), Double.random(in: 0...400, using: &rng))
            let p1 = Point(Double.random(in: 0...400, using: &rng), Double.random(in: 0...400, using: &rng))
            let samples = LineSamples([[p0, p1]], spacing: 4, halfWidth: Double.random(in: 0.5...6, using: &rng))
            let r = Rect(x: Double.random(in: -20...400, using: &rng), y: Double.random(in: -20...400, using: &rng),
                         width: Double.random(in: 0.5...80, using: &rng), height: Double.random(in: 0.5...30, using: &rng))
            let s = samples.segments[0]
            let brute = (0...s.steps).contains { samples.box(s, $0).intersects(r) }
            #expect(samples.touch(r) == brute, "\(p0) \(p1) \(r)")
        }
    }

    func problem(_ json: ThemeFile) -> String? {
        do { try json.validate(); return nil } catch { return error.message }
    }

    @Test func themeValuesOutOfRangeAreRefusedWithTheField() {
        var f = ThemeFile()
        #expect(problem(f) == nil)
        f.titleSize = .nan
        #expect(problem(f)?.hasPrefix("titleSize: nan, expected") == true)
        f.titleSize = 40
        f.lineWidth = -3
        #expect(problem(f)?.hasPrefix("lineWidth: -3.0") == true)
        f.lineWidth = nil
        f.margin = 1e9
        #expect(problem(f)?.hasPrefix("margin: 1000000000.0") == true)
        f.margin = 40
        f.footerSize = 1e308
        #expect(problem(f)?.hasPrefix("footerSize") == true)
        f.footerSize = nil
        f.palette = Array(repeating: Color(r: 0, g: 0, b: 0), count: 41)
        #expect(problem(f) == "palette: 41 colours, at most 40")
        f.palette = []
        #expect(problem(f)?.hasPrefix("palette: empty") == true)
        f.palette = nil
        f.fontFamily = "Noto\u{1}Sans"
        #expect(problem(f)?.hasPrefix("fontFamily: holds control") == true)
        f.fontFamily = "Noto Sans"
        f.base = "neon"
        #expect(problem(f)?.hasPrefix("base: unknown") == true)
    }

    @Test func coloursMustBeHexDigits() {
        #expect(Color(hex: "#+12345") == nil)
        #expect(Color(hex: "#12 345") == nil)
        #expect(Color(hex: "#7A1F5C") != nil)
    }
}

/// A string of one scalar (noncharacters cannot be written as literals).
func scalar(_ v: UInt32) -> String { String(Unicode.Scalar(v)!) }
