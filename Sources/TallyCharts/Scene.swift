/// A chart laid out: positioned primitives in CSS pixels (origin top left, y down), with the
/// text and metadata a renderer needs. Knows nothing of Cairo; `TallyRender` draws it.
public struct Scene: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var background: Color?
    public var items: [SceneItem]
    /// Title and alt text, for SVG `<title>`/`<desc>`, PDF metadata and the `.txt` sidecar.
    public var title: String
    public var altText: String
    /// The band between the header and the footer given to the plot (legend, axes, marks and
    /// their labels): layout tests check its share of the height.
    public var plotArea: Rect?

    public init(width: Double, height: Double, background: Color?, items: [SceneItem] = [], title: String = "", altText: String = "") {
        self.width = width
        self.height = height
        self.background = background
        self.items = items
        self.title = title
        self.altText = altText
    }

    /// Every text run, in drawing order (for tests and overlap checks).
    public var texts: [TextRun] {
        items.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }
}

public struct Point: Sendable, Equatable, Hashable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

public struct Rect: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public func intersects(_ o: Rect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }
    public func insetBy(_ d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}

/// An sRGB colour with alpha, 0...1.
public struct Color: Sendable, Equatable, Hashable, Codable {
    public var r: Double, g: Double, b: Double, a: Double
    public init(r: Double, g: Double, b: Double, a: Double = 1) { self.r = r; self.g = g; self.b = b; self.a = a }

    /// `#RRGGBB` or `#RRGGBBAA`.
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6 || s.count == 8, s.allSatisfy(\.isHexDigit), let v = UInt32(s, radix: 16) else { return nil }
        let full = s.count == 6 ? (v << 8) | 0xFF : v
        r = Double((full >> 24) & 0xFF) / 255
        g = Double((full >> 16) & 0xFF) / 255
        b = Double((full >> 8) & 0xFF) / 255
        a = Double(full & 0xFF) / 255
    }

    public func with(alpha: Double) -> Color { Color(r: r, g: g, b: b, a: alpha) }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let c = Color(hex: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a colour as #RRGGBB or #RRGGBBAA, got '\(SafeText.clean(String(s.prefix(20))))'"))
        }
        self = c
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        func h(_ x: Double) -> String {
            let n = Int((x * 255).rounded())
            let s = String(n, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        try c.encode("#" + h(r) + h(g) + h(b) + (a < 1 ? h(a) : ""))
    }
}

public struct Font: Sendable, Equatable, Hashable {
    public var family: String
    public var size: Double
    public var bold: Bool
    public init(family: String, size: Double, bold: Bool = false) {
        self.family = family; self.size = size; self.bold = bold
    }
}

/// A line of text placed by its anchor: `x` is the left, centre or right edge; `y` the baseline.
public struct TextRun: Sendable, Equatable {
    public enum Anchor: Sendable, Equatable { case start, middle, end }
    public var text: String
    public var x: Double
    public var y: Double
    public var font: Font
    public var color: Color
    public var anchor: Anchor
    /// Rotation in degrees, counter-clockwise (for vertical axis titles).
    public var rotation: Double
    /// The box the text occupies, as measured when laid out.
    public var bounds: Rect
    /// What the run is, for tests: "title", "tick-x", "label-end", ...
    public var role: String
}

public enum MarkerShape: String, Sendable, Equatable, Codable {
    /// An exact figure.
    case filledCircle
    /// An approximate figure ("about").
    case hollowCircle
    /// A lower bound ("at least", "more than").
    case hollowTriangle
}

public enum SceneItem: Sendable, Equatable {
    case rect(Rect, fill: Color)
    case line(from: Point, to: Point, color: Color, width: Double, dash: [Double])
    case polyline([Point], color: Color, width: Double, dash: [Double])
    case polygon([Point], fill: Color)
    case marker(Point, shape: MarkerShape, size: Double, color: Color, background: Color)
    case text(TextRun)
    case image(path: String, frame: Rect)
}
