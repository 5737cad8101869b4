import TallyCharts

/// Makes Cairo's SVG stable and accessible:
/// - ids Cairo numbers per process (`surface5`, `glyph3-1`, `clip2`, ...) are renumbered in order
///   of first appearance, so the same chart gives the same file in any process;
/// - a `<title>` and `<desc>` with the chart's title and alt text are put first inside `<svg>`,
///   made safe (`SafeText`: no control characters, which XML 1.0 forbids even escaped, nor
///   noncharacters) and with XML special characters escaped.
/// Works on the UTF-8 bytes: a chart's SVG is a few hundred kilobytes of glyph outlines.
enum SVGPostProcessor {
    static func process(_ bytes: [UInt8], title: String, description: String) -> [UInt8] {
        var out = renumberIDs(bytes)
        let open = Array("<svg".utf8)
        if let start = firstIndex(of: open, in: out), let close = out[start...].firstIndex(of: UInt8(ascii: ">")) {
            let insert = Array("\n<title>\(escape(title))</title>\n<desc>\(escape(description))</desc>".utf8)
            out.insert(contentsOf: insert, at: close + 1)
        }
        return out
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in SafeText.clean(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let prefixes: [[UInt8]] = ["surface", "glyph", "clip", "mask", "pattern", "image", "source", "linear", "radial", "filter"]
        .map { Array($0.utf8) }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Renumbers `surfaceN`, `glyphN-M`, `clipN`, ... ids and their references by order of first
    /// appearance. A prefix counts only at the start of a word ("font-glyph" is not an id).
    static func renumberIDs(_ bytes: [UInt8]) -> [UInt8] {
        var maps = [[[UInt8]: [UInt8]]](repeating: [:], count: prefixes.count)
        var counters = [Int](repeating: 0, count: prefixes.count)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if isLetter(b), i == 0 || !(isLetter(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "-") || bytes[i - 1] == UInt8(ascii: "_")) {
                var matched = false
                for (k, prefix) in prefixes.enumerated() where prefix[0] == b && i + prefix.count < n {
                    var same = true
                    for j in 1..<prefix.count where bytes[i + j] != prefix[j] { same = false; break }
                    guard same else { continue }
                    let numberStart = i + prefix.count
                    guard isDigit(bytes[numberStart]) else { continue }
                    var j = numberStart
                    while j < n, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: "-") { j += 1 }
                    let old = Array(bytes[numberStart..<j])
                    let new: [UInt8]
                    if let known = maps[k][old] {
                        new = known
                    } else {
                        counters[k] += 1
                        new = Array(String(counters[k]).utf8)
                        maps[k][old] = new
                    }
                    out += prefix
                    out += new
                    i = j
                    matched = true
                    break
                }
                if matched { continue }
                // Copy the whole word so that its later letters are not taken for a prefix start.
                while i < n, isLetter(bytes[i]) || isDigit(bytes[i]) {
                    out.append(bytes[i])
                    i += 1
                }
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }
}
