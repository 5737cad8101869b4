import CCairo

/// Encodes an image surface as PNG. For now Cairo's own writer (libpng with zlib's defaults);
/// see benchmarks/README.md for the measurements behind the choice.
enum PNGEncoder {
    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        let buffer = OutputBuffer()
        let status = cairo_surface_write_to_png_stream(surface, OutputBuffer.write, buffer.pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo PNG: \(String(cString: cairo_status_to_string(status)))")
        }
        return buffer.bytes
    }
}
