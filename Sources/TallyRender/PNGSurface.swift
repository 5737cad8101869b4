import CCairo

/// A Cairo image surface decoded from PNG bytes in memory (for logos and image comparison).
enum PNGSurface {
    /// The surface, or nil; the caller destroys it, and checks its status.
    static func decode(_ bytes: [UInt8]) -> OpaquePointer? {
        final class Reader {
            let bytes: [UInt8]
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
        return withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        }
    }
}
