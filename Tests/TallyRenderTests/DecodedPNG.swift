import CZlib

/// A PNG decoded by the tests themselves, not by the code under test: chunks and CRCs read here,
/// the image data inflated by zlib (TallyRender encodes with libdeflate and decodes logos with
/// Cairo's libpng reader), the five row filters undone here. So a bug in Tally's encoder or in
/// Cairo's reader cannot make a golden image compare equal to itself.
///
/// Reads what a chart PNG can be: 8 bits per channel, RGB or RGBA, not interlaced. Pixels are
/// kept as straight (not premultiplied) RGBA, four bytes a pixel, rows top to bottom.
struct DecodedPNG: Equatable {
    var width: Int
    var height: Int
    var rgba: [UInt8]
    /// The pHYs chunk's pixels per metre (x, y), when the file has one in metres.
    var pixelsPerMetre: (x: Int, y: Int)?

    static func == (a: DecodedPNG, b: DecodedPNG) -> Bool {
        a.width == b.width && a.height == b.height && a.rgba == b.rgba
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    init(width: Int, height: Int, rgba: [UInt8]) {
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    init(_ bytes: [UInt8]) throws {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 8, Array(bytes[0..<8]) == signature else { throw Problem("not a PNG (no signature)") }
        var offset = 8
        var header: [UInt8]?
        var compressed: [UInt8] = []
        var ended = false
        while offset + 12 <= bytes.count, !ended {
            let length = Int(Self.bigEndian(bytes, offset))
            guard length <= bytes.count - offset - 12 else { throw Problem("chunk at \(offset) runs past the end") }
            let typeAndBody = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            let crc = Self.bigEndian(bytes, offset + 8 + length)
            let computed = typeAndBody.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            guard crc == computed else { throw Problem("chunk at \(offset): CRC \(crc), computed \(computed)") }
            let type = String(decoding: typeAndBody[0..<4], as: UTF8.self)
            let body = Array(typeAndBody[4...])
            switch type {
            case "IHDR": header = body
            case "IDAT": compressed += body
            case "IEND": ended = true
            case "pHYs" where body.count == 9 && body[8] == 1:
                pixelsPerMetre = (Int(Self.bigEndian(body, 0)), Int(Self.bigEndian(body, 4)))
            default: break
            }
            offset += 12 + length
        }
        guard ended, let header, header.count == 13 else { throw Problem("no IHDR or no IEND") }
        width = Int(Self.bigEndian(header, 0))
        height = Int(Self.bigEndian(header, 4))
        let (depth, colour, interlace) = (header[8], header[9], header[12])
        guard depth == 8, colour == 2 || colour == 6, interlace == 0, width > 0, height > 0, width * height <= 50_000_000 else {
            throw Problem("unsupported PNG: \(width)x\(height), depth \(depth), colour type \(colour), interlace \(interlace)")
        }
        let channels = colour == 6 ? 4 : 3
        let rowBytes = width * channels
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &rawLength, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else {
            throw Problem("zlib: status \(status), \(rawLength) of \(raw.count) bytes")
        }
        rgba = [UInt8](repeating: 255, count: width * height * 4)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var current = [UInt8](repeating: 0, count: rowBytes)
        for y in 0..<height {
            let start = y * (rowBytes + 1)
            let filter = raw[start]
            for i in 0..<rowBytes {
                let x = raw[start + 1 + i]
                let a = i >= channels ? current[i - channels] : 0
                let b = previous[i]
                let c = i >= channels ? previous[i - channels] : 0
                switch filter {
                case 0: current[i] = x
                case 1: current[i] = x &+ a
                case 2: current[i] = x &+ b
                case 3: current[i] = x &+ UInt8((Int(a) + Int(b)) / 2)
                case 4: current[i] = x &+ Self.paeth(a, b, c)
                default: throw Problem("row \(y): unknown filter \(filter)")
                }
            }
            for px in 0..<width {
                for ch in 0..<channels { rgba[(y * width + px) * 4 + ch] = current[px * channels + ch] }
            }
            swap(&previous, &current)
        }
    }

    func alpha(x: Int, y: Int) -> UInt8 { rgba[(y * width + x) * 4 + 3] }

    static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let p = Int(a) + Int(b) - Int(c)
        let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    static func bigEndian(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    /// This image as a PNG (filter None, zlib's `compress`), for the diff images a failing test
    /// writes: also independent of the encoder under test.
    func encoded() throws -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width * 4 + 1) * height)
        for y in 0..<height {
            raw.append(0)
            raw += rgba[(y * width * 4)..<((y + 1) * width * 4)]
        }
        var out = [UInt8](repeating: 0, count: Int(compressBound(uLong(raw.count))))
        var length = uLongf(out.count)
        let status = out.withUnsafeMutableBufferPointer { o in
            raw.withUnsafeBufferPointer { compress(o.baseAddress, &length, $0.baseAddress, uLong($0.count)) }
        }
        guard status == Z_OK else { throw Problem("zlib compress: status \(status)") }
        func word(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let typed = Array(type.utf8) + body
            let crc = typed.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, uInt($0.count))) }
            return word(body.count) + typed + word(crc)
        }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", word(width) + word(height) + [8, 6, 0, 0, 0])
            + chunk("IDAT", Array(out[0..<Int(length)]))
            + chunk("IEND", [])
    }
}
