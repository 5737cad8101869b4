import Foundation
import Testing
import TallyCharts
@testable import TallyRender

/// `--svg-text editable`: the SVG's words are `<text>` a designer can edit, in named layers,
/// and the file draws the same chart as the PNG (issue 16, item 1).
@Suite("Editable SVG")
struct EditableSVGTests {
    let measurer = PangoTextMeasurer()

    func scene(_ spec: ChartSpec) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer)
    }

    func editable(_ spec: ChartSpec) throws -> [UInt8] {
        try CairoRenderer.render(try scene(spec), format: .svg, svgText: .editable)
    }

    static var charts: [(String, ChartSpec)] {
        [("cyrillic-lines", RenderFixtures.cyrillicLines), ("stacked-bars", RenderFixtures.stackedBars),
         ("horizontal-grouped-bars", RenderFixtures.horizontalGroupedBars), ("french-shares", RenderFixtures.frenchShares),
         ("stacked-areas", RenderFixtures.stackedAreas), ("bars-with-a-part-missing", RenderFixtures.stackedBarsWithAPartMissing)]
    }

    @Test func textIsTextWithItsFontNamedInNamedLayers() throws {
        let elements = try SVGElements.parse(try editable(RenderFixtures.cyrillicLines))
        #expect(elements.filter { $0.name == "g" }.compactMap { $0.attributes["id"] } == ["axes", "marks", "labels", "title", "footer"])
        let title = try #require(elements.first { $0.name == "text" && $0.attributes["class"] == "title" })
        #expect(title.text == "Признанные политзаключённые (списки «Мемориала»)")
        #expect(title.layer == "title")
        #expect(title.attributes["font-family"] == "Noto Sans, DejaVu Sans")
        #expect(title.attributes["font-weight"] == "bold")
        #expect(Double(title.attributes["font-size"] ?? "").map { $0 > 10 } == true)
        let layerOf = { (role: String) in Set(elements.filter { $0.name == "text" && $0.attributes["class"] == role }.map(\.layer)) }
        #expect(layerOf("subtitle") == ["title"])
        #expect(layerOf("source") == ["footer"])
        #expect(layerOf("no-data") == ["footer"])
        #expect(layerOf("tick-y") == ["axes"])
        #expect(layerOf("tick-x") == ["axes"])
        #expect(layerOf("label-end") == ["labels"])
        // The lines and markers of the series are marks; the footer's key markers are the footer's.
        #expect(elements.contains { $0.name == "path" && $0.layer == "marks" })
        #expect(elements.contains { $0.name == "path" && $0.layer == "footer" })
        #expect(elements.first?.name == "svg" && elements.first?.attributes["viewBox"] == "0 0 800 450")
    }

    @Test func everyTextOfTheSceneIsWrittenOnce() throws {
        for (name, spec) in Self.charts {
            let written = try SVGElements.parse(try editable(spec)).filter { $0.name == "text" }.map(\.text).sorted()
            #expect(written == (try scene(spec)).texts.map { SafeText.clean($0.text) }.sorted(), "\(name)")
        }
    }

    @Test func aHostileTitleStaysText() throws {
        var spec = RenderFixtures.stackedBars
        spec.title = "</text><script>alert(1)</script><text x=\"0\">&amp; \"quoted\" 'single'"
        spec.series[0].label = "\" onload=\"alert(2)"
        let bytes = try editable(spec)
        let elements = try SVGElements.parse(bytes)
        #expect(!elements.contains { $0.name == "script" })
        #expect(!elements.contains { $0.attributes.keys.contains("onload") })
        #expect(elements.first { $0.name == "title" }?.text == spec.title)
        let title = elements.filter { $0.name == "text" && $0.attributes["class"] == "title" }.map(\.text).joined(separator: " ")
        #expect(title.contains("</script>"))
        #expect(elements.contains { $0.name == "text" && $0.text == spec.series[0].label })
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<script"))
    }

    /// The shapes: everything but the text, drawn by rsvg-convert from each kind of SVG, against
    /// Cairo's PNG of the same scene. Text is compared apart (below): two renderers never
    /// anti-alias glyphs alike (Cairo's own outline SVG through rsvg-convert leaves up to 5,600 in
    /// one 16 px window of a full chart).
    ///
    /// Outlines (Cairo's SVG) match within the golden-image tolerance at 1 pixel per CSS pixel,
    /// the scale Cairo flattened its curves for. The editable SVG is compared at 2, as the
    /// notebook's PNGs are drawn: at 1 Cairo draws a marker of 4.5 px radius as two Bézier curves
    /// (its arc tolerance), a flatter circle than any SVG renderer draws from an arc. What is
    /// left is anti-aliasing on marker rims, at most 162 in a window on these charts (measured),
    /// so the editable SVG is held to `shapeAllowance`, 400: a marker drawn filled instead of
    /// hollow leaves several thousand, which the mutation below checks on every run.
    static let shapeAllowance = 400

    func shapesOnly(_ spec: ChartSpec) throws -> Scene {
        var laidOut = try scene(spec)
        laidOut.items.removeAll { if case .text = $0 { return true } else { return false } }
        return laidOut
    }

    func worstWindow(_ scene: Scene, against svgScene: Scene, style: SVGTextStyle, scale: Double) throws -> GoldenComparison {
        let png = try DecodedPNG(try CairoRenderer.render(scene, format: .png, scale: scale))
        let drawn = try DecodedPNG(try SVGRasteriser.png(try CairoRenderer.render(svgScene, format: .svg, svgText: style), zoom: scale))
        return GoldenComparison(expected: png, actual: drawn)
    }

    @Test func theShapesDrawTheSameAsThePNG() throws {
        for (name, spec) in Self.charts {
            let shapes = try shapesOnly(spec)
            let outlines = try worstWindow(shapes, against: shapes, style: .outlines, scale: 1)
            let outlinesMatch = outlines.matches
            #expect(outlinesMatch, "\(name), outline SVG through rsvg-convert against the PNG: \(outlines.summary)")
            let editable = try worstWindow(shapes, against: shapes, style: .editable, scale: 2)
            let worst = editable.worstWindow
            #expect(editable.sameSize && worst.sum <= Self.shapeAllowance,
                    "\(name), editable SVG through rsvg-convert against the PNG: window at x \(worst.x), y \(worst.y) holds \(worst.sum), at most \(Self.shapeAllowance)")
        }
    }

    @Test func aMarkerDrawnWronglyIsSeenByTheShapeComparison() throws {
        let shapes = try shapesOnly(RenderFixtures.stackedBars)
        var wrong = shapes
        wrong.items = shapes.items.map { item in
            if case .marker(let p, .hollowCircle, let size, let color, let background) = item {
                return .marker(p, shape: .filledCircle, size: size, color: color, background: background)
            }
            return item
        }
        #expect(wrong != shapes)
        let comparison = try worstWindow(shapes, against: wrong, style: .editable, scale: 2)
        #expect(comparison.worstWindow.sum > Self.shapeAllowance * 4)
    }

    /// Each text alone, drawn by Cairo and by rsvg-convert from the editable SVG: the ink lands in
    /// the same rows (baseline, size) within 1 px, and starts and ends within 2.5 px plus 3% of
    /// its width: rsvg-convert lays text out with hinted advances, Cairo without, which moved
    /// end-anchored tick labels by 2 px on these charts. A wrong anchor, size, weight or
    /// rotation moves the ink far more.
    @Test func eachTextLandsWhereThePNGDrawsIt() throws {
        for (name, spec) in Self.charts.prefix(3) {
            let laidOut = try scene(spec)
            for run in laidOut.texts {
                let alone = Scene(width: laidOut.width, height: laidOut.height, background: Color(r: 1, g: 1, b: 1), items: [.text(run)])
                let cairo = InkBox(try DecodedPNG(try CairoRenderer.render(alone, format: .png)))
                let rsvg = InkBox(try DecodedPNG(try SVGRasteriser.png(try CairoRenderer.render(alone, format: .svg, svgText: .editable))))
                guard let cairo, let rsvg else {
                    Issue.record("\(name): '\(run.text)' drew no ink (Cairo \(cairo.debugDescription), rsvg \(rsvg.debugDescription))")
                    continue
                }
                let slack = 2.5 + 0.03 * Double(cairo.right - cairo.left)
                let close = abs(cairo.top - rsvg.top) <= 1 && abs(cairo.bottom - rsvg.bottom) <= 1
                    && Double(abs(cairo.left - rsvg.left)) <= slack && Double(abs(cairo.right - rsvg.right)) <= slack
                #expect(close, "\(name), \(run.role) '\(run.text)': Cairo ink \(cairo), rsvg-convert ink \(rsvg)")
            }
        }
    }

    @Test func theSameSceneGivesTheSameBytes() throws {
        #expect(try editable(RenderFixtures.cyrillicLines) == (try editable(RenderFixtures.cyrillicLines)))
    }

    @Test func numbersAreWrittenWithoutLocaleOrNoise() {
        #expect(SVGMarkup.number(12.5) == "12.5")
        #expect(SVGMarkup.number(-3) == "-3")
        #expect(SVGMarkup.number(0.125) == "0.125")
        #expect(SVGMarkup.number(0.0004) == "0")
        #expect(SVGMarkup.number(-0.0004) == "0")
        #expect(SVGMarkup.number(1.0005) == "1.001")
        #expect(SVGMarkup.number(2.05) == "2.05")
        #expect(SVGMarkup.number(.nan) == "0")
        #expect(SVGMarkup.base64(Array("Man".utf8)) == "TWFu")
        #expect(SVGMarkup.base64(Array("Ma".utf8)) == "TWE=")
        #expect(SVGMarkup.base64(Array("M".utf8)) == "TQ==")
    }
}

/// The box of the pixels that are not white (any channel below 192), inclusive.
struct InkBox: CustomStringConvertible {
    var left: Int, top: Int, right: Int, bottom: Int

    init?(_ image: DecodedPNG) {
        var (l, t, r, b) = (Int.max, Int.max, -1, -1)
        for y in 0..<image.height {
            for x in 0..<image.width {
                let i = (y * image.width + x) * 4
                if image.rgba[i] < 192 || image.rgba[i + 1] < 192 || image.rgba[i + 2] < 192 {
                    l = min(l, x); t = min(t, y); r = max(r, x); b = max(b, y)
                }
            }
        }
        guard r >= 0 else { return nil }
        (left, top, right, bottom) = (l, t, r, b)
    }

    var description: String { "x \(left)-\(right), y \(top)-\(bottom)" }
}
