import CCairo
import CDeflate

/// Encodes a Cairo image surface as PNG with libdeflate instead of Cairo's own writer (libpng
/// with zlib defaults), which spent about 40% of a whole `chart` run (benchmarks/README.md).
///
/// - Colour: RGB when every pixel is opaque (a quarter less data), else RGBA with Cairo's
///   premultiplied alpha undone as Cairo does it: c' = (c * 255 + a / 2) / a.
/// - Filter: Sub on every row (see the comment in `encode`).
/// - One IDAT chunk, compressed at `level`; no timestamp or text chunks, so output is stable.
/// - A pHYs chunk with the resolution: a CSS px is 1/96 in, so `scale` PNG pixels per CSS px
///   is 96 x scale dpi (300 dpi for the report sizes), and a layout program places the file at
///   its size in print instead of at 72 dpi.
enum PNGEncoder {
    static let level: Int32 = 6

    static func encode(_ surface: OpaquePointer, scale: Double = 1) throws -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface) else {
            throw RenderError(message: "PNG: the image is empty")
        }
        // Opaque everywhere?
        var opaque = true
        for y in 0..<height where opaque {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x] >> 24 != 0xFF { opaque = false; break }
        }
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels
        let total = (rowBytes + 1) * height
        let raw = UnsafeMutablePointer<UInt8>.allocate(capacity: total)
        let previous = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
        let current = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
        defer { raw.deallocate(); previous.deallocate(); current.deallocate() }
        previous.initialize(repeating: 0, count: rowBytes)

        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            var o = 0
            for x in 0..<width {
                let p = row[x]
                let a = p >> 24
                var r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
                if a != 0xFF && a != 0 {
                    r = (r * 255 + a / 2) / a
                    g = (g * 255 + a / 2) / a
                    b = (b * 255 + a / 2) / a
                }
                current[o] = UInt8(truncatingIfNeeded: r)
                current[o + 1] = UInt8(truncatingIfNeeded: g)
                current[o + 2] = UInt8(truncatingIfNeeded: b)
                if channels == 4 { current[o + 3] = UInt8(truncatingIfNeeded: a) }
                o += channels
            }
            // Filter Sub on every row: flat runs of colour become runs of zeros, which is most of
            // a chart; an adaptive choice among None/Sub/Up saved under 3% of size for 25% more time.
            let out = raw + y * (rowBytes + 1)
            out[0] = 1
            let filtered = out + 1
            for i in 0..<channels { filtered[i] = current[i] }
            var i = channels
            while i < rowBytes {
                filtered[i] = current[i] &- current[i - channels]
                i += 1
            }
            previous.update(from: current, count: rowBytes)
        }

        let compressor = libdeflate_alloc_compressor(level)!
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, total)
        var compressed = [UInt8](repeating: 0, count: bound)
        let size = compressed.withUnsafeMutableBytes { output in
            libdeflate_zlib_compress(compressor, raw, total, output.baseAddress, output.count)
        }
        guard size > 0 else { throw RenderError(message: "PNG: compression failed") }
        compressed.removeLast(compressed.count - size)

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        appendBigEndian(&header, UInt32(width))
        appendBigEndian(&header, UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        chunk(&png, "IHDR", header)
        let perMetre = pixelsPerMetre(scale: scale)
        var physical: [UInt8] = []
        appendBigEndian(&physical, perMetre)
        appendBigEndian(&physical, perMetre)
        physical.append(1) // unit: the metre
        chunk(&png, "pHYs", physical)
        chunk(&png, "IDAT", compressed)
        chunk(&png, "IEND", [])
        return png
    }

    /// PNG pixels per metre at 96 x `scale` dpi (0.0254 m to the inch), rounded: 3,780 at
    /// scale 1, 11,811 at 300 dpi.
    static func pixelsPerMetre(scale: Double) -> UInt32 {
        let value = (96 * scale / 0.0254).rounded()
        return value.isFinite && value >= 1 && value < 4e9 ? UInt32(value) : 3780
    }

    static func appendBigEndian(_ out: inout [UInt8], _ v: UInt32) {
        out += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static func chunk(_ out: inout [UInt8], _ type: String, _ body: [UInt8]) {
        appendBigEndian(&out, UInt32(body.count))
        let typed = Array(type.utf8) + body
        out += typed
        let crc = typed.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        appendBigEndian(&out, crc)
    }
}
