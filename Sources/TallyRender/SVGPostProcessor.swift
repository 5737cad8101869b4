/// Makes Cairo's SVG stable and accessible:
/// - ids Cairo numbers per process (`surface5`, `glyph3-1`, `clip2`, ...) are renumbered in order
///   of first appearance, so the same chart gives the same file in any process;
/// - a `<title>` and `<desc>` with the chart's title and alt text are put first inside `<svg>`,
///   with XML special characters escaped.
enum SVGPostProcessor {
    static func process(_ bytes: [UInt8], title: String, description: String) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        text = renumberIDs(text)
        if let open = firstIndex(of: "<svg", in: text), let close = text[open...].firstIndex(of: ">") {
            let insert = "\n<title>\(escape(title))</title>\n<desc>\(escape(description))</desc>"
            text.insert(contentsOf: insert, at: text.index(after: close))
        }
        return Array(text.utf8)
    }

    static func firstIndex(of needle: String, in text: String) -> String.Index? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i...].hasPrefix(needle) { return i }
            i = text.index(after: i)
        }
        return nil
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
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

    /// Renumbers `surfaceN`, `glyphN-M`, `clipN`, `maskN`, `patternN`, `imageN`, `sourceN` ids
    /// (and their references) by order of first appearance in the text.
    static func renumberIDs(_ text: String) -> String {
        let prefixes = ["surface", "glyph", "clip", "mask", "pattern", "image", "source", "linear", "radial", "filter"]
        var maps: [String: [String: String]] = [:]
        var counters: [String: Int] = [:]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text.unicodeScalars)
        var i = 0
        func isIdentifierStart(_ j: Int) -> Bool {
            // The prefix must not continue a longer word ("font-glyph" is not an id).
            j == 0 || !(chars[j - 1].properties.isAlphabetic || chars[j - 1] == "-" || chars[j - 1] == "_")
        }
        outer: while i < chars.count {
            if chars[i].properties.isAlphabetic, isIdentifierStart(i) {
                for prefix in prefixes {
                    let p = Array(prefix.unicodeScalars)
                    guard i + p.count < chars.count, Array(chars[i..<(i + p.count)]) == p else { continue }
                    var j = i + p.count
                    let numberStart = j
                    while j < chars.count, ("0"..."9").contains(chars[j]) || chars[j] == "-" { j += 1 }
                    guard j > numberStart, ("0"..."9").contains(chars[numberStart]) else { continue }
                    let old = String(String.UnicodeScalarView(chars[numberStart..<j]))
                    var map = maps[prefix, default: [:]]
                    let new: String
                    if let known = map[old] {
                        new = known
                    } else {
                        counters[prefix, default: 0] += 1
                        new = String(counters[prefix]!)
                        map[old] = new
                        maps[prefix] = map
                    }
                    out += prefix + new
                    i = j
                    continue outer
                }
            }
            out.unicodeScalars.append(chars[i])
            i += 1
        }
        return out
    }
}
