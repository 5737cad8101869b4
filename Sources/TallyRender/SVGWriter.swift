import TallyCharts

/// Writes a `Scene` as an SVG whose text stays text: every run is a `<text>` element naming its
/// font family, size and weight, and the items are grouped in named layers (`SVGLayer`), so that
/// a designer can fix a title or a translation in Illustrator, Inkscape or Figma. The same scene
/// Cairo draws to PNG, SVG outlines and PDF, with the same geometry: markers, dashes, round joins
/// and caps as `CairoRenderer` draws them.
///
/// Every text from the chart is escaped (`SVGMarkup.escape`) wherever it lands, content or
/// attribute; no data can add an element, an attribute or a script. The file reads no font and
/// links nothing outside itself (a logo is embedded as a `data:` PNG).
enum SVGWriter {
    static func write(_ scene: Scene) throws -> [UInt8] {
        if let problem = ChartLimits.pixelProblem(width: scene.width, height: scene.height, scale: 1) {
            throw RenderError(message: problem)
        }
        let w = SVGMarkup.number(scene.width), h = SVGMarkup.number(scene.height)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
        out += " width=\"\(w)px\" height=\"\(h)px\" viewBox=\"0 0 \(w) \(h)\" xml:space=\"preserve\">\n"
        out += "<title>\(SVGMarkup.escape(scene.title))</title>\n"
        out += "<desc>\(SVGMarkup.escape(scene.altText))</desc>\n"
        if let background = scene.background {
            out += "<rect id=\"background\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" \(SVGMarkup.paint("fill", background))/>\n"
        }
        let layers = SVGLayer.assign(scene.items)
        for layer in SVGLayer.allCases {
            let members = scene.items.indices.filter { layers[$0] == layer }
            guard !members.isEmpty else { continue }
            // Inkscape shows a group marked this way as a layer; other editors see a named group.
            out += "<g id=\"\(layer.rawValue)\" inkscape:groupmode=\"layer\" inkscape:label=\"\(layer.rawValue)\">\n"
            for index in members { out += element(scene.items[index]) }
            out += "</g>\n"
        }
        out += "</svg>\n"
        return Array(out.utf8)
    }

    /// One item as an SVG element (with its line break).
    static func element(_ item: SceneItem) -> String {
        switch item {
        case .rect(let r, let fill):
            return "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\" \(SVGMarkup.paint("fill", fill))/>\n"
        case .line(let a, let b, let color, let width, let dash):
            return "<polyline points=\"\(SVGMarkup.points([a, b]))\" fill=\"none\" \(stroke(color, width, dash))/>\n"
        case .polyline(let points, let color, let width, let dash):
            guard !points.isEmpty else { return "" }
            return "<polyline points=\"\(SVGMarkup.points(points))\" fill=\"none\" \(stroke(color, width, dash))/>\n"
        case .polygon(let points, let fill):
            guard !points.isEmpty else { return "" }
            return "<polygon points=\"\(SVGMarkup.points(points))\" \(SVGMarkup.paint("fill", fill))/>\n"
        case .marker(let p, let shape, let size, let color, let background):
            return marker(p, shape, size, color, background)
        case .text(let run):
            return text(run)
        case .image(let path, let frame):
            return image(path, frame)
        }
    }

    static func n(_ v: Double) -> String { SVGMarkup.number(v) }

    /// A stroke as Cairo draws it: round joins and caps, the dash pattern from offset 0.
    static func stroke(_ color: Color, _ width: Double, _ dash: [Double]) -> String {
        var s = SVGMarkup.paint("stroke", color) + " stroke-width=\"\(n(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\""
        if !dash.isEmpty, dash.allSatisfy({ $0 >= 0 && $0.isFinite }), dash.contains(where: { $0 > 0 }) {
            s += " stroke-dasharray=\"\(dash.map(n).joined(separator: ","))\""
        }
        return s
    }

    /// The marker shapes of `CairoRenderer.marker`: an exact figure filled with a thin halo of the
    /// background, an approximate figure or a bound hollow (background inside, colour outline).
    static func marker(_ p: Point, _ shape: MarkerShape, _ size: Double, _ color: Color, _ background: Color) -> String {
        let filled = shape == .filledCircle
        let fill = SVGMarkup.paint("fill", filled ? color : background)
        let outline = SVGMarkup.paint("stroke", filled ? background : color)
        let width = filled ? max(1, size * 0.18) : max(1.2, size * 0.22)
        let paint = "\(fill) \(outline) stroke-width=\"\(n(width))\" stroke-linejoin=\"round\""
        switch shape {
        case .filledCircle, .hollowCircle:
            // Two half arcs from angle 0 and not closed, as `cairo_arc` draws it: the stroke's
            // round caps meet at the right-hand point, which a closed `<circle>` would draw
            // differently by a shade of anti-aliasing there.
            let r = size / 2
            let start = "\(n(p.x + r)),\(n(p.y))", half = "A\(n(r)),\(n(r)) 0 1,1"
            return "<path d=\"M\(start) \(half) \(n(p.x - r)),\(n(p.y)) \(half) \(start)\" \(paint)/>\n"
        case .hollowTriangle:
            let t = size * 1.1
            let corners = [Point(p.x, p.y - t * 0.62), Point(p.x + t * 0.58, p.y + t * 0.38), Point(p.x - t * 0.58, p.y + t * 0.38)]
            return "<polygon points=\"\(SVGMarkup.points(corners))\" \(paint)/>\n"
        }
    }

    /// A text run at its anchor and baseline, as `CairoRenderer.text` places it; the font family
    /// is the theme's list ("Noto Sans, DejaVu Sans"), which CSS reads as fallbacks.
    static func text(_ run: TextRun) -> String {
        let anchor: String
        switch run.anchor {
        case .start: anchor = "start"
        case .middle: anchor = "middle"
        case .end: anchor = "end"
        }
        var s = "<text x=\"\(n(run.x))\" y=\"\(n(run.y))\" font-family=\"\(SVGMarkup.escape(run.font.family))\""
        s += " font-size=\"\(n(run.font.size))\" font-weight=\"\(run.font.bold ? "bold" : "normal")\""
        s += " text-anchor=\"\(anchor)\" \(SVGMarkup.paint("fill", run.color))"
        if run.rotation != 0 {
            s += " transform=\"rotate(\(n(-run.rotation)) \(n(run.x)) \(n(run.y)))\""
        }
        s += " class=\"\(SVGMarkup.escape(run.role))\">\(SVGMarkup.escape(run.text))</text>\n"
        return s
    }

    /// The logo, embedded, where `CairoRenderer.image` puts it: scaled to fit the frame, at its
    /// right edge and centred vertically. One that cannot be read is left out, as there.
    static func image(_ path: String, _ frame: Rect) -> String {
        guard let bytes = try? LogoFile.read(path) else { return "" }
        func be(_ o: Int) -> Double { Double(Int(bytes[o]) << 24 | Int(bytes[o + 1]) << 16 | Int(bytes[o + 2]) << 8 | Int(bytes[o + 3])) }
        let w = be(16), h = be(20)
        let s = min(frame.width / w, frame.height / h)
        let x = frame.x + frame.width - w * s, y = frame.y + (frame.height - h * s) / 2
        return "<image x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w * s))\" height=\"\(n(h * s))\" preserveAspectRatio=\"none\""
            + " href=\"data:image/png;base64,\(SVGMarkup.base64(bytes))\"/>\n"
    }
}
