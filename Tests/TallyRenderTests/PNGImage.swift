import CCairo

/// A decoded PNG (through Cairo), for comparing pixels.
struct PNGImage {
    var width: Int
    var height: Int
    /// ARGB32, premultiplied, native-endian words.
    var pixels: [UInt32]

    struct DecodeError: Error {}

    init(_ bytes: [UInt8]) throws {
        final class Reader {
            var bytes: [UInt8]
            var offset = 0
            init(_ b: [UInt8]) { bytes = b }
        }
        let reader = Reader(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            for i in 0..<n { data[i] = r.bytes[r.offset + i] }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())!
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw DecodeError() }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var px: [UInt32] = []
        px.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { px.append(row[x]) }
        }
        pixels = px
    }

    func alpha(x: Int, y: Int) -> UInt32 { pixels[y * width + x] >> 24 }

    /// Pixels whose largest channel difference exceeds `threshold` (0-255).
    func differingPixels(from other: PNGImage, threshold: UInt32) -> Int {
        guard width == other.width, height == other.height else { return width * height }
        var n = 0
        for (a, b) in zip(pixels, other.pixels) where a != b {
            var worst: UInt32 = 0
            for shift: UInt32 in [0, 8, 16, 24] {
                let ca = (a >> shift) & 0xFF, cb = (b >> shift) & 0xFF
                worst = max(worst, ca > cb ? ca - cb : cb - ca)
            }
            if worst > threshold { n += 1 }
        }
        return n
    }
}
