import Foundation
import Testing
import TallyCharts
@testable import TallyRender

/// Charts compared with committed images (Fixtures/golden), decoded by the tests' own reader
/// (`DecodedPNG`: zlib, not the code under test) and held to `GoldenComparison`'s tolerance,
/// which a one-character change of a label does not pass (`oneCharacterChanged...` below).
///
/// Rendering is deterministic on a machine set up by scripts/setup.sh: the themes ask for
/// "Noto Sans, DejaVu Sans" (fonts-noto-core), and Pango draws without hinting and with grey
/// anti-aliasing (`PangoText.configure`), so the same Cairo and Pango give the same pixels.
///
/// On a failure the actual image and a diff image (red: differs) are written under the build
/// folder (.build/<platform>/debug/golden-failures/) and their paths printed. After an intended
/// change, look at the new images and run: TALLY_UPDATE_GOLDENS=1 swift test --filter Golden
@Suite("Golden images")
struct GoldenImageTests {
    let measurer = PangoTextMeasurer()

    /// Beside the build's products, where `swift build` output already is (not in the source tree).
    static var failureFolder: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("golden-failures")
    }

    func render(_ spec: ChartSpec, theme: Theme, scale: Double = 1) throws -> [UInt8] {
        try CairoRenderer.render(try ChartLayout.scene(spec: spec, theme: theme, measurer: measurer), format: .png, scale: scale)
    }

    func golden(_ name: String) throws -> DecodedPNG? {
        let path = RenderFixtures.goldenFolder + "/\(name).png"
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        return try DecodedPNG([UInt8](bytes))
    }

    func check(_ name: String, _ spec: ChartSpec, theme: Theme, scale: Double = 1, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = try render(spec, theme: theme, scale: scale)
        if ProcessInfo.processInfo.environment["TALLY_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(atPath: RenderFixtures.goldenFolder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: RenderFixtures.goldenFolder + "/\(name).png", contents: Data(bytes))
            return
        }
        guard let expected = try golden(name) else {
            Issue.record("no golden image \(name).png; create it with TALLY_UPDATE_GOLDENS=1 swift test --filter Golden",
                         sourceLocation: sourceLocation)
            return
        }
        let comparison = GoldenComparison(expected: expected, actual: try DecodedPNG(bytes))
        guard !comparison.matches else { return }
        let folder = Self.failureFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actualPath = folder.appendingPathComponent("\(name)-actual.png").path
        let diffPath = folder.appendingPathComponent("\(name)-diff.png").path
        _ = FileManager.default.createFile(atPath: actualPath, contents: Data(bytes))
        _ = FileManager.default.createFile(atPath: diffPath, contents: Data(try comparison.diffImage().encoded()))
        let message = "\(name): \(comparison.summary)\n  actual: \(actualPath)\n  diff:   \(diffPath)"
        print(message)
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    @Test func cyrillicLinesReport() throws { try check("cyrillic-lines-report", RenderFixtures.cyrillicLines, theme: .report) }
    @Test func cyrillicLinesDark() throws { try check("cyrillic-lines-dark", RenderFixtures.cyrillicLines, theme: .dark) }
    @Test func frenchSharesPress() throws { try check("french-shares-press", RenderFixtures.frenchShares, theme: .press) }
    @Test func stackedBarsReport() throws { try check("stacked-bars-report", RenderFixtures.stackedBars, theme: .report) }
    @Test func stackedAreasReport() throws { try check("stacked-areas-report", RenderFixtures.stackedAreas, theme: .report) }
    @Test func horizontalGroupedBarsPress() throws { try check("horizontal-grouped-bars-press", RenderFixtures.horizontalGroupedBars, theme: .press) }
    @Test func horizontalSharesDark() throws { try check("horizontal-shares-dark", RenderFixtures.horizontalShares, theme: .dark) }
    @Test func stackedBarsWithAPartMissing() throws { try check("stacked-bars-part-missing-report", RenderFixtures.stackedBarsWithAPartMissing, theme: .report) }
    @Test func sharesOfAPublishedWhole() throws { try check("shares-of-a-whole-report", RenderFixtures.sharesOfAPublishedWhole, theme: .report) }

    /// The headline chart at story size (1080x1920) and at report size (88 mm), in English and
    /// Russian: type scale, safe bands and plot share as drawn (`LayoutFixtures`); the report
    /// size at 300 dpi, as printed, where letter spacing must be even.
    @Test(arguments: [ChartLocale.en, .ru], ["story", "report"])
    func headlineAtStoryAndReportSizes(_ locale: ChartLocale, _ size: String) throws {
        let s = LayoutFixtures.sizes.first { $0.name == size }!
        try check("headline-\(size)-\(locale.rawValue)", LayoutFixtures.headline(locale, width: s.width, height: s.height), theme: .report,
                  scale: size == "report" ? 300.0 / 96 : 1)
    }

    /// The tolerance proven tight enough: one character changed in the chart's smallest text (the
    /// source line, "Test source" -> "Test sourse") or in a legend label must fail. Checked once by
    /// hand as well: changing "General list" to "General lint" in `RenderFixtures.twoParts` made the
    /// four goldens drawn from it fail (stacked bars: 324 pixels over the noise, 5,599 in the worst
    /// window) and wrote their actual and diff images (the diff shows the legend label in red).
    enum Mutation: String, CaseIterable, Sendable {
        case sourceLine, legendLabel
        func apply(_ spec: inout ChartSpec) {
            switch self {
            case .sourceLine: spec.source = "Test sourse"
            case .legendLabel: spec.series[0].label = "General lint"
            }
        }
    }

    @Test(arguments: Mutation.allCases)
    func oneCharacterChangedFailsTheComparison(_ mutation: Mutation) throws {
        var spec = RenderFixtures.stackedBars
        let expected = try #require(try golden("stacked-bars-report"))
        let unchanged = GoldenComparison(expected: expected, actual: try DecodedPNG(try render(spec, theme: .report)))
        let unchangedMatches = unchanged.matches
        #expect(unchangedMatches, "\(unchanged.summary)")
        mutation.apply(&spec)
        let mutated = GoldenComparison(expected: expected, actual: try DecodedPNG(try render(spec, theme: .report)))
        let mutatedMatches = mutated.matches
        #expect(!mutatedMatches, "\(mutation): \(mutated.summary)")
    }
}
