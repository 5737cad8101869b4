import Foundation
import Testing
import TallyCharts
@testable import TallyRender

/// Charts compared with committed images (Fixtures/golden). Tolerance: at most 0.2% of pixels
/// may differ by more than 24 of 255 in any channel, which allows for a different FreeType or
/// Pango patch release but not for a moved label, a missing mark or a changed colour.
/// After an intended change, look at the new images and run: TALLY_UPDATE_GOLDENS=1 swift test --filter Golden
@Suite("Golden images")
struct GoldenImageTests {
    static let tolerance = 0.002
    let measurer = PangoTextMeasurer()

    func check(_ name: String, _ spec: ChartSpec, theme: Theme) throws {
        let scene = try ChartLayout.scene(spec: spec, theme: theme, measurer: measurer)
        let bytes = try CairoRenderer.render(scene, format: .png)
        let path = RenderFixtures.goldenFolder + "/\(name).png"
        if ProcessInfo.processInfo.environment["TALLY_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(atPath: RenderFixtures.goldenFolder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            return
        }
        guard let golden = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden image \(path); create it with TALLY_UPDATE_GOLDENS=1 swift test --filter Golden")
            return
        }
        let expected = try PNGImage([UInt8](golden))
        let actual = try PNGImage(bytes)
        let differing = actual.differingPixels(from: expected, threshold: 24)
        let fraction = Double(differing) / Double(expected.width * expected.height)
        if fraction > Self.tolerance {
            let failed = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-actual.png").path
            _ = FileManager.default.createFile(atPath: failed, contents: Data(bytes))
            Issue.record("\(name): \(differing) pixels differ (\(fraction * 100)%); the new image is at \(failed)")
        }
    }

    @Test func cyrillicLinesReport() throws { try check("cyrillic-lines-report", RenderFixtures.cyrillicLines, theme: .report) }
    @Test func cyrillicLinesDark() throws { try check("cyrillic-lines-dark", RenderFixtures.cyrillicLines, theme: .dark) }
    @Test func frenchSharesPress() throws { try check("french-shares-press", RenderFixtures.frenchShares, theme: .press) }
}
