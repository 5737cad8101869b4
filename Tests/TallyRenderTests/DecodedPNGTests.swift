import CZlib
import TallyCharts
import Testing
@testable import TallyRender

/// The tests' own PNG reader, checked against what it must agree with before it judges anything.
@Suite("The tests' PNG reader")
struct DecodedPNGTests {
    /// Every row filter (None, Sub, Up, Average, Paeth), one per row, undone exactly: the rows are
    /// filtered here by the definitions in the PNG specification (section 9), then compressed.
    @Test func everyRowFilterIsUndone() throws {
        let width = 3, height = 5
        let rgba: [UInt8] = (0..<(width * height * 4)).map { (i: Int) -> UInt8 in UInt8((i * 37 + i / 7 * 11) % 256) }
        var raw: [UInt8] = []
        var previous = [UInt8](repeating: 0, count: width * 4)
        for y in 0..<height {
            let row = Array(rgba[(y * width * 4)..<((y + 1) * width * 4)])
            raw.append(UInt8(y))
            for i in row.indices {
                let a = i >= 4 ? row[i - 4] : 0, b = previous[i], c = i >= 4 ? previous[i - 4] : 0
                let predictor: UInt8
                switch y {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = UInt8((Int(a) + Int(b)) / 2)
                default: predictor = DecodedPNG.paeth(a, b, c)
                }
                raw.append(row[i] &- predictor)
            }
            previous = row
        }
        var image = DecodedPNG(width: width, height: height, rgba: rgba)
        var bytes = try image.encoded()
        // Swap the encoder's unfiltered data for the filtered rows (IDAT is the second chunk).
        let idat = 8 + 25
        var out = [UInt8](repeating: 0, count: Int(compressBound(uLong(raw.count))))
        var length = uLongf(out.count)
        #expect(compress(&out, &length, raw, uLong(raw.count)) == Z_OK)
        let body = Array("IDAT".utf8) + out[0..<Int(length)]
        let crc = UInt32(crc32(0, body, uInt(body.count)))
        let oldLength = Int(DecodedPNG.bigEndian(bytes, idat))
        bytes.replaceSubrange(idat..<(idat + 12 + oldLength),
                              with: word(Int(length)) + body + word(Int(crc)))
        image = try DecodedPNG(bytes)
        #expect(image.rgba == rgba)
    }

    @Test func aDamagedChunkIsRefused() throws {
        var bytes = try DecodedPNG(width: 2, height: 2, rgba: [UInt8](repeating: 9, count: 16)).encoded()
        bytes[40] ^= 1
        #expect(throws: DecodedPNG.Problem.self) { try DecodedPNG(bytes) }
    }

    /// Two decoders that share no code agree on what Tally's encoder wrote (Cairo's reader gives
    /// premultiplied ARGB; an opaque chart is the same either way).
    @Test func agreesWithCairosReaderOnAChart() throws {
        let measurer = PangoTextMeasurer()
        let scene = try ChartLayout.scene(spec: RenderFixtures.stackedBars, theme: .report, measurer: measurer)
        let bytes = try CairoRenderer.render(scene, format: .png)
        let ours = try DecodedPNG(bytes)
        let cairo = try #require(PNGComparison.decode(bytes))
        #expect(ours.width == cairo.width && ours.height == cairo.height)
        let argb = (0..<(ours.width * ours.height)).map { i -> UInt32 in
            let p = ours.rgba[(i * 4)..<(i * 4 + 4)].map(UInt32.init)
            return p[3] << 24 | p[0] << 16 | p[1] << 8 | p[2]
        }
        #expect(argb == cairo.pixels)
    }

    func word(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
}
