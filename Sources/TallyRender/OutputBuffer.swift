import CCairo

/// Bytes Cairo writes through its stream callbacks, collected in memory so that output can be
/// post-processed (stable SVG ids, metadata) and then written atomically.
final class OutputBuffer {
    var bytes: [UInt8] = []

    /// A `cairo_write_func_t` appending to the buffer passed as its closure pointer.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let buffer = Unmanaged<OutputBuffer>.fromOpaque(closure).takeUnretainedValue()
        buffer.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
