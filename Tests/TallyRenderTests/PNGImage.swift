@testable import TallyRender

/// A decoded PNG, for checking pixels in tests (decoding through `PNGComparison`).
struct PNGImage {
    var width: Int
    var height: Int
    /// ARGB32, premultiplied, native-endian words.
    var pixels: [UInt32]
    var bytes: [UInt8]

    struct DecodeError: Error {}

    init(_ bytes: [UInt8]) throws {
        guard let d = PNGComparison.decode(bytes) else { throw DecodeError() }
        width = d.width
        height = d.height
        pixels = d.pixels
        self.bytes = bytes
    }

    func alpha(x: Int, y: Int) -> UInt32 { pixels[y * width + x] >> 24 }

    /// Pixels whose largest channel difference exceeds `threshold` (0-255).
    func differingPixels(from other: PNGImage, threshold: UInt32) -> Int {
        PNGComparison.differingPixels(bytes, other.bytes, threshold: threshold)?.differing ?? width * height
    }
}
