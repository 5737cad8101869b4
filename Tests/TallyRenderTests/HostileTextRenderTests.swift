import CCairo
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TallyCharts
@testable import TallyRender

/// Text from a spec or the command line reaches SVG, PDF and PNG safely (issue 11).
@Suite("Hostile text and files in rendering")
struct HostileTextRenderTests {
    let measurer = PangoTextMeasurer()

    /// Every C0 control, U+FFFE, a CDATA end, a script tag and an ampersand.
    static let hostile = (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + scalar(0xFFFE) + "\u{202E} ]]> <script>alert(1)</script> & done"

    func hostileScene() throws -> Scene {
        var spec = RenderFixtures.cyrillicLines
        spec.title = "Title " + Self.hostile
        spec.subtitle = Self.hostile
        spec.series[0].label = Self.hostile
        spec.notes = [Self.hostile]
        return try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer)
    }

    @Test func svgWithEveryControlCharacterIsWellFormedXMLWithoutScript() throws {
        let bytes = try CairoRenderer.render(try hostileScene(), format: .svg)
        let document = try XMLDocument(data: Data(bytes))
        let root = try #require(document.rootElement())
        let title = try #require(root.elements(forName: "title").first?.stringValue)
        #expect(title.hasPrefix("Title "))
        #expect(title.contains("]]> <script>alert(1)</script> & done"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(text.contains("&lt;script&gt;"))
    }

    @Test func svgTitleIsSafeEvenForASceneBuiltByOtherCode() throws {
        let scene = Scene(width: 300, height: 200, background: nil, title: Self.hostile, altText: Self.hostile)
        let bytes = try CairoRenderer.render(scene, format: .svg)
        #expect(throws: Never.self) { try XMLDocument(data: Data(bytes)) }
    }

    @Test func pdfWithANoncharacterInItsMetadataIsWritten() throws {
        let scene = Scene(width: 300, height: 200, background: nil, title: "a" + scalar(0xFFFE) + "b\u{1}", altText: "c" + scalar(0xFFFF))
        let bytes = try CairoRenderer.render(scene, format: .pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        #expect(try CairoRenderer.render(try hostileScene(), format: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test func pixelsOverTheLimitAreARenderErrorNotACrash() {
        let scene = Scene(width: 1e19, height: 500, background: nil)
        for format in ChartFormat.allCases {
            #expect(throws: RenderError.self) { try CairoRenderer.render(scene, format: format) }
        }
        let big = Scene(width: 9000, height: 9000, background: nil)
        #expect(throws: RenderError.self) { try CairoRenderer.render(big, format: .png, scale: 2) }
    }

    @Test func logosAreCheckedBeforeDecoding() throws {
        #expect(throws: RenderError.self) { try LogoFile.check(Array("not a png at all, just text".utf8)) }
        // A valid PNG signature and IHDR declaring 30000 x 30000 pixels.
        var header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        header += [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 6, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: RenderError.self) { try LogoFile.check(header) }
        let png = try CairoRenderer.render(Scene(width: 200, height: 150, background: Color(r: 1, g: 0, b: 0)), format: .png)
        #expect(throws: Never.self) { try LogoFile.check(png) }
        #expect(throws: RenderError.self) { try LogoFile.read("/dev/zero") }
        #expect(throws: RenderError.self) { try LogoFile.read("/nonexistent/logo.png") }
    }

    @Test func boundedFilesRefuseWhatIsTooLargeOrNotAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-bounded-\(getpid())").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 65, count: 1000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try BoundedFile.read(path, limit: 1000).count == 1000)
        #expect(throws: BoundedFile.Problem.tooLarge(limit: 999)) { try BoundedFile.read(path, limit: 999) }
        #expect(throws: BoundedFile.Problem.notRegular) { try BoundedFile.read("/tmp", limit: 999) }
    }
}

/// A string of one scalar (noncharacters cannot be written as literals).
func scalar(_ v: UInt32) -> String { String(Unicode.Scalar(v)!) }
