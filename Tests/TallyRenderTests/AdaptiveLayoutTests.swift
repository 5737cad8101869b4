import Testing
import TallyCharts
@testable import TallyRender

/// Layouts that adapt to the size (issue 16, item 3), measured with Pango as drawn: for each
/// size and language, with the report and press themes, the plot keeps at least half of the
/// height however the title wraps, a story leaves its top and bottom bands (250 px of 1920)
/// empty, no two texts overlap, and the type suits the medium.
@Suite("Layouts for each size and language")
struct AdaptiveLayoutTests {
    let measurer = PangoTextMeasurer()

    struct Case: Sendable, CustomTestStringConvertible {
        var size: String
        var width: Double
        var height: Double
        var locale: ChartLocale
        var theme: String
        var testDescription: String { "\(size) \(locale.rawValue) \(theme)" }
    }

    static var cases: [Case] {
        LayoutFixtures.sizes.flatMap { size in
            ChartLocale.allCases.flatMap { locale in
                ["report", "press"].map { Case(size: size.name, width: size.width, height: size.height, locale: locale, theme: $0) }
            }
        }
    }

    func scene(_ c: Case) throws -> Scene {
        try ChartLayout.scene(spec: LayoutFixtures.headline(c.locale, width: c.width, height: c.height),
                              theme: Theme.builtIn[c.theme]!, measurer: measurer)
    }

    static let headerRoles: Set = ["title", "subtitle"]
    static let footerRoles: Set = ["key", "no-data", "note", "left-out", "source"]

    @Test(arguments: cases) func thePlotKeepsHalfTheHeightAndTheHeaderAndFooterStayOutOfIt(_ c: Case) throws {
        let s = try scene(c)
        let plot = try #require(s.plotArea)
        // Of the height between a story's bands; a print column may have grown taller for it.
        let band = c.size == "story" ? 250 * s.height / 1920 : 0
        #expect(plot.height / (s.height - 2 * band) >= 0.5, "plot \(Int(plot.height)) of \(Int(s.height)) px")
        if c.size == "report" {
            #expect(s.width == c.width && s.height >= c.height && s.height <= 3 * c.width)
        } else {
            #expect(s.width == c.width && s.height == c.height)
        }
        for t in s.texts {
            if Self.headerRoles.contains(t.role) {
                #expect(t.bounds.maxY <= plot.y + 0.5, "'\(t.text)' (\(t.role)) reaches into the plot")
            } else if Self.footerRoles.contains(t.role) {
                #expect(t.bounds.y >= plot.maxY - 0.5, "'\(t.text)' (\(t.role)) reaches into the plot")
            } else {
                #expect(t.bounds.y >= plot.y - 0.5 && t.bounds.maxY <= plot.maxY + 0.5, "'\(t.text)' (\(t.role)) outside the plot")
            }
        }
    }

    @Test(arguments: cases) func noTwoTextsOverlapAndAllAreInside(_ c: Case) throws {
        let s = try scene(c)
        let texts = s.texts
        // No label is cut short: a name that does not fit moves the chart to a legend.
        #expect(!texts.contains { $0.text.contains("…") })
        for (i, a) in texts.enumerated() {
            #expect(a.bounds.x >= 0 && a.bounds.maxX <= s.width + 0.5 && a.bounds.y >= 0 && a.bounds.maxY <= s.height,
                    "'\(a.text)' (\(a.role)) leaves the chart: \(a.bounds)")
            for b in texts[(i + 1)...] where a.bounds.intersects(b.bounds) {
                Issue.record("'\(a.text)' (\(a.role)) overlaps '\(b.text)' (\(b.role))")
            }
        }
    }

    /// Nothing but the background in the top and bottom 250 px of a 1920-px story: not a text,
    /// a line, a marker or a logo; other sizes have no such bands.
    @Test(arguments: cases.filter { $0.size == "story" }) func aStoryKeepsItsTopAndBottomBandsEmpty(_ c: Case) throws {
        let s = try scene(c)
        let band = 250 * s.height / 1920
        for item in s.items {
            let (top, bottom) = Self.verticalExtent(item)
            #expect(top >= band && bottom <= s.height - band, "\(item) is in a band: \(top)...\(bottom)")
        }
        #expect(SafeZone(width: 1200, height: 675).top == 0)
        let logo = SafeZone(width: c.width, height: c.height).logoFrame(width: c.width, height: c.height, logoHeight: 40, margin: 32)
        #expect(logo.maxY <= s.height - band)
    }

    /// Story type is read on a phone (1080 px are about 390 pt there): tick labels at least
    /// 9 pt on the phone, the title at least 16 pt. Report type is print type: the title 9 pt or
    /// more, nothing under 6 pt (1 CSS px = 0.75 pt).
    @Test(arguments: cases.filter { ($0.size == "story" || $0.size == "report") && $0.theme == "report" }) func typeSuitsTheMedium(_ c: Case) throws {
        let s = try scene(c)
        let smallest = s.texts.map(\.font.size).min()!
        let title = s.texts.first { $0.role == "title" }!.font.size
        if c.size == "story" {
            let phonePoints = 390 / c.width
            #expect(s.texts.filter { $0.role == "tick-y" }.allSatisfy { $0.font.size * phonePoints >= 9 })
            #expect(title * phonePoints >= 16)
        } else {
            #expect(title * 0.75 >= 9)
            #expect(smallest * 0.75 >= 6)
        }
    }

    /// The value axis ends at the nice number nearest above the data (1,262: 1,400 or 1,500,
    /// never 2,000) in every size.
    @Test(arguments: cases.filter { $0.locale == .en }) func theValueAxisEndsNearTheData(_ c: Case) throws {
        let s = try scene(c)
        let top = s.texts.filter { $0.role == "tick-y" }.compactMap { Double($0.text.filter(\.isNumber)) }.max()!
        #expect(top >= 1262 && top <= 1500, "top tick \(top)")
    }

    static func verticalExtent(_ item: SceneItem) -> (Double, Double) {
        switch item {
        case .rect(let r, _), .image(_, let r): return (r.y, r.maxY)
        case .line(let a, let b, _, let w, _): return (min(a.y, b.y) - w / 2, max(a.y, b.y) + w / 2)
        case .polyline(let ps, _, let w, _): return (ps.map(\.y).min()! - w / 2, ps.map(\.y).max()! + w / 2)
        case .polygon(let ps, _): return (ps.map(\.y).min()!, ps.map(\.y).max()!)
        case .marker(let p, _, let size, _, _): return (p.y - size, p.y + size)
        case .text(let t): return (t.bounds.y, t.bounds.maxY)
        }
    }
}
