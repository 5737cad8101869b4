import TallyCharts

/// The small pieces of SVG syntax the editable writer needs: text escaped for XML content and
/// attributes, numbers written the same way on every run, colours as `#RRGGBB`.
enum SVGMarkup {
    /// Text from a chart made safe (`SafeText`: no control characters, which XML 1.0 forbids even
    /// escaped) with the five XML special characters escaped, so that it is right both between
    /// tags and inside a quoted attribute: data can never close an element or open a new one.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
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

    /// A coordinate with at most three decimals and no trailing zeros ("12.5", "-3", "0.125").
    /// Written by hand rather than with a formatter so that the bytes do not depend on a locale
    /// or a library's rounding; thousandths of a CSS pixel are far below what any screen shows.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = (value * 1000).rounded()
        guard thousandths != 0 else { return "0" }
        let negative = thousandths < 0
        let magnitude = UInt64(abs(thousandths))
        let whole = magnitude / 1000
        var fraction = magnitude % 1000
        var out = (negative ? "-" : "") + String(whole)
        guard fraction != 0 else { return out }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let text = String(fraction)
        out += "." + String(repeating: "0", count: digits - text.count) + text
        return out
    }

    /// `#RRGGBB`; the alpha goes in a separate opacity attribute (`opacity(_:)`).
    static func hex(_ c: Color) -> String {
        func channel(_ x: Double) -> String {
            let n = Int((min(max(x, 0), 1) * 255).rounded())
            let s = String(n, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + channel(c.r) + channel(c.g) + channel(c.b)
    }

    /// ` NAME-opacity="A"` for a colour that is not opaque, else nothing.
    static func opacity(_ c: Color, _ name: String) -> String {
        c.a < 1 ? " \(name)-opacity=\"\(number(max(c.a, 0)))\"" : ""
    }

    /// A paint: `fill="#RRGGBB"` and its opacity when it has one.
    static func paint(_ name: String, _ c: Color) -> String {
        "\(name)=\"\(hex(c))\"" + opacity(c, name)
    }

    /// Points as `x,y x,y ...` for `points` attributes.
    static func points(_ list: [Point]) -> String {
        list.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
    }

    /// Bytes as base64 (RFC 4648, with padding), for a logo embedded in a `data:` address.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
