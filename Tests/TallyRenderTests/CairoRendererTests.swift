import CCairo
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TallyCharts
@testable import TallyRender

@Suite("Drawing with Cairo and Pango")
struct CairoRendererTests {
    let measurer = PangoTextMeasurer()

    func scene(_ spec: ChartSpec, theme: Theme = .report) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: theme, measurer: measurer)
    }

    @Test func pangoMeasuresCyrillicAndBold() {
        let regular = measurer.measure("Мемориал", font: Font(family: "Noto Sans", size: 20))
        let bold = measurer.measure("Мемориал", font: Font(family: "Noto Sans", size: 20, bold: true))
        #expect(regular.width > 60 && regular.width < 120)
        #expect(bold.width > regular.width)
        #expect(regular.ascent > 10 && regular.descent > 2)
    }

    /// Cairo numbers SVG surfaces per process; the output must not show it.
    @Test func sameSceneGivesTheSameBytesWithinOneProcess() throws {
        let s = try scene(RenderFixtures.cyrillicLines)
        for format in ChartFormat.allCases {
            let a = try CairoRenderer.render(s, format: format, scale: 2)
            let b = try CairoRenderer.render(s, format: format, scale: 2)
            #expect(a == b, "\(format) differs between two renders")
        }
    }

    @Test func svgIsWellFormedWithEscapedTitleAndDescription() throws {
        var spec = RenderFixtures.cyrillicLines
        spec.title = "Less <than> & \"quoted\""
        let bytes = try CairoRenderer.render(try scene(spec), format: .svg)
        let document = try XMLDocument(data: Data(bytes))
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(String(decoding: bytes, as: UTF8.self).contains(#"width="800px" height="450px" viewBox="0 0 800 450""#))
        #expect(root.elements(forName: "title").first?.stringValue == "Less <than> & \"quoted\"")
        #expect(root.elements(forName: "desc").first?.stringValue?.hasPrefix("Линейный график: Less <than>") == true)
    }

    @Test func pdfCarriesTitleAndAltTextAndNoClockTime() throws {
        let bytes = try CairoRenderer.render(try scene(RenderFixtures.cyrillicLines), format: .pdf)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-test-\(getpid()).pdf").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        p.arguments = [path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("Title:           Признанные политзаключённые"))
        #expect(text.contains("Subject:         Линейный график:"))
        #expect(text.contains("CreationDate:    Sat Jan  1 00:00:00 2000"))
        #expect(text.contains("Pages:           1"))
        #expect(text.contains("Page size:       600 x 337.5 pts"))
    }

    @Test func pngHasTheScaledSizeAndATransparentBackgroundWhenAsked() throws {
        var spec = RenderFixtures.cyrillicLines
        spec.transparent = true
        let bytes = try CairoRenderer.render(try scene(spec), format: .png, scale: 2)
        let image = try DecodedPNG(bytes)
        #expect(image.width == 1600 && image.height == 900)
        #expect(image.alpha(x: 2, y: 2) == 0)
        let opaque = try DecodedPNG(try CairoRenderer.render(try scene(RenderFixtures.cyrillicLines), format: .png))
        #expect(opaque.alpha(x: 2, y: 2) == 255)
    }
}
