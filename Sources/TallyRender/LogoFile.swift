import CCairo

/// A logo for the footer (`--logo`, or a spec's `logo`): a PNG file of at most `maximumBytes`
/// whose header declares at most `maximumSide` pixels a side. The header is read before Cairo
/// decodes anything, so a small file claiming a 30000 x 30000 image cannot make the decoder
/// allocate gigabytes.
public enum LogoFile {
    /// Largest logo file, in bytes.
    public static let maximumBytes = 4 * 1024 * 1024
    /// Largest logo side, in pixels (a logo is drawn at most about 180 x 45 CSS px).
    public static let maximumSide = 4096

    /// The file's bytes, checked; the error says what is wrong.
    public static func read(_ path: String) throws(RenderError) -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(path, limit: maximumBytes)
        } catch {
            throw RenderError(message: "logo: \(error)")
        }
        try check(bytes)
        return bytes
    }

    /// PNG signature, then the IHDR chunk's width and height (big-endian, bytes 16-23).
    public static func check(_ bytes: [UInt8]) throws(RenderError) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw RenderError(message: "logo: not a PNG file")
        }
        func be(_ o: Int) -> Int { Int(bytes[o]) << 24 | Int(bytes[o + 1]) << 16 | Int(bytes[o + 2]) << 8 | Int(bytes[o + 3]) }
        let w = be(16), h = be(20)
        guard w > 0, h > 0, w <= maximumSide, h <= maximumSide else {
            throw RenderError(message: "logo: \(w)x\(h) pixels, at most \(maximumSide) a side")
        }
    }
}
