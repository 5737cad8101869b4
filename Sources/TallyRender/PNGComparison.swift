import CCairo

/// Pixel comparison of two PNG files, for `notebook verify`'s difference summary.
public enum PNGComparison {
    /// Pixels whose largest channel difference exceeds `threshold`, and the total; nil when
    /// either is not a readable PNG or the sizes differ.
    public static func differingPixels(_ a: [UInt8], _ b: [UInt8], threshold: UInt32 = 0) -> (differing: Int, total: Int)? {
        guard let x = decode(a), let y = decode(b), x.width == y.width, x.height == y.height else { return nil }
        var n = 0
        for (p, q) in zip(x.pixels, y.pixels) where p != q {
            var worst: UInt32 = 0
            for shift: UInt32 in [0, 8, 16, 24] {
                let ca = (p >> shift) & 0xFF, cb = (q >> shift) & 0xFF
                worst = max(worst, ca > cb ? ca - cb : cb - ca)
            }
            if worst > threshold { n += 1 }
        }
        return (n, x.pixels.count)
    }

    static func decode(_ bytes: [UInt8]) -> (width: Int, height: Int, pixels: [UInt32])? {
        guard let surface = PNGSurface.decode(bytes) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else { return nil }
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var px: [UInt32] = []
        px.reserveCapacity(w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<w { px.append(row[x]) }
        }
        return (w, h, px)
    }
}
