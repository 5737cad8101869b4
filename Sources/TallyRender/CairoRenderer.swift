import CCairo
import TallyCharts
#if canImport(Glibc)
import Glibc
#endif

/// The file formats a scene is drawn to.
public enum ChartFormat: String, Sendable, CaseIterable {
    case png, svg, pdf

    /// The format named by a file's extension.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        self.init(rawValue: String(path[path.index(after: dot)...]).lowercased())
    }
}

/// A drawing that failed, with the reason Cairo gave.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Draws a `Scene` with Cairo and Pango to PNG (image surface, `scale` pixels per CSS pixel),
/// SVG (sizes in px) or PDF (1 CSS px = 0.75 pt), in memory. Output is byte-for-byte
/// deterministic: SVG ids are renumbered in order of appearance (Cairo numbers them per process),
/// and PDF dates are fixed (see `pdfDate`).
public enum CairoRenderer {
    /// The PDF creation date written into every file: a fixed value, so that the same chart gives
    /// the same bytes on every run (Cairo would otherwise write the current time).
    public static let pdfDate = "2000-01-01T00:00:00Z"

    /// `svgText`: glyph outlines drawn by Cairo (the default), or editable `<text>` written by
    /// `SVGWriter` from the same scene.
    public static func render(_ scene: Scene, format: ChartFormat, scale: Double = 1,
                              svgText: SVGTextStyle = .outlines) throws -> [UInt8] {
        switch format {
        case .png: return try png(scene, scale: scale)
        case .svg: return svgText == .editable ? try SVGWriter.write(scene) : try svg(scene)
        case .pdf: return try pdf(scene)
        }
    }

    static func check(_ surface: OpaquePointer) throws {
        let status = cairo_surface_status(surface)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError(message: "Cairo: \(String(cString: cairo_status_to_string(status)))")
        }
    }

    static func png(_ scene: Scene, scale: Double) throws -> [UInt8] {
        // The last guard before memory is taken: the commands check the same limits with a
        // clearer message, but a scene built by other code must not crash or exhaust memory here.
        if let problem = ChartLimits.pixelProblem(width: scene.width, height: scene.height, scale: scale) {
            throw RenderError(message: problem)
        }
        let w = Int32((scene.width * scale).rounded()), h = Int32((scene.height * scale).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
        defer { cairo_surface_destroy(surface) }
        try check(surface)
        let cr = cairo_create(surface)!
        cairo_scale(cr, scale, scale)
        draw(scene, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        return try PNGEncoder.encode(surface, scale: scale)
    }

    static func svg(_ scene: Scene) throws -> [UInt8] {
        if let problem = ChartLimits.pixelProblem(width: scene.width, height: scene.height, scale: 1) {
            throw RenderError(message: problem)
        }
        let buffer = OutputBuffer()
        let surface = cairo_svg_surface_create_for_stream(OutputBuffer.write, buffer.pointer, scene.width, scene.height)!
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
        try check(surface)
        let cr = cairo_create(surface)!
        draw(scene, cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        try check(surface)
        cairo_surface_destroy(surface)
        return SVGPostProcessor.process(buffer.bytes, title: scene.title, description: scene.altText)
    }

    static func pdf(_ scene: Scene) throws -> [UInt8] {
        if let problem = ChartLimits.pixelProblem(width: scene.width, height: scene.height, scale: 1) {
            throw RenderError(message: problem)
        }
        let buffer = OutputBuffer()
        let surface = cairo_pdf_surface_create_for_stream(OutputBuffer.write, buffer.pointer, scene.width * 0.75, scene.height * 0.75)!
        try check(surface)
        // Cairo refuses noncharacters as "not valid UTF-8": metadata is made safe like all text.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, SafeText.clean(scene.title))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, SafeText.clean(scene.altText))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Tally")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pdfDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, pdfDate)
        let cr = cairo_create(surface)!
        cairo_scale(cr, 0.75, 0.75)
        draw(scene, cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        try check(surface)
        cairo_surface_destroy(surface)
        return buffer.bytes
    }

    // MARK: - Drawing

    static func setColor(_ cr: OpaquePointer, _ c: Color) {
        cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a)
    }

    static func draw(_ scene: Scene, _ cr: OpaquePointer) {
        let layout = pango_cairo_create_layout(cr)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        PangoText.configure(layout: layout)

        if let bg = scene.background {
            setColor(cr, bg)
            cairo_paint(cr)
        }
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        for item in scene.items {
            switch item {
            case .rect(let r, let fill):
                setColor(cr, fill)
                cairo_new_path(cr)
                cairo_rectangle(cr, r.x, r.y, r.width, r.height)
                cairo_fill(cr)
            case .line(let a, let b, let color, let width, let dash):
                stroke(cr, [a, b], color, width, dash)
            case .polyline(let points, let color, let width, let dash):
                stroke(cr, points, color, width, dash)
            case .polygon(let points, let fill):
                guard let first = points.first else { continue }
                cairo_new_path(cr)
                cairo_move_to(cr, first.x, first.y)
                for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
                cairo_close_path(cr)
                setColor(cr, fill)
                cairo_fill(cr)
            case .marker(let p, let shape, let size, let color, let background):
                marker(cr, p, shape, size, color, background)
            case .text(let run):
                text(cr, layout, run)
            case .image(let path, let frame):
                image(cr, path, frame)
            }
        }
    }

    static func stroke(_ cr: OpaquePointer, _ points: [Point], _ color: Color, _ width: Double, _ dash: [Double]) {
        guard let first = points.first else { return }
        cairo_new_path(cr)
        cairo_move_to(cr, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        setColor(cr, color)
        cairo_set_line_width(cr, width)
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32(dash.count), 0) }
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    static func marker(_ cr: OpaquePointer, _ p: Point, _ shape: MarkerShape, _ size: Double, _ color: Color, _ background: Color) {
        let r = size / 2
        cairo_new_path(cr)
        switch shape {
        case .filledCircle, .hollowCircle:
            cairo_arc(cr, p.x, p.y, r, 0, 2 * .pi)
        case .hollowTriangle:
            let h = size * 1.1
            cairo_move_to(cr, p.x, p.y - h * 0.62)
            cairo_line_to(cr, p.x + h * 0.58, p.y + h * 0.38)
            cairo_line_to(cr, p.x - h * 0.58, p.y + h * 0.38)
            cairo_close_path(cr)
        }
        // An exact figure is filled in the series colour with a thin halo of the background; an
        // approximate figure or a bound is hollow: background inside, series colour outline.
        let filled = shape == .filledCircle
        setColor(cr, filled ? color : background)
        cairo_fill_preserve(cr)
        setColor(cr, filled ? background : color)
        cairo_set_line_width(cr, filled ? max(1, size * 0.18) : max(1.2, size * 0.22))
        cairo_stroke(cr)
    }

    static func text(_ cr: OpaquePointer, _ layout: OpaquePointer, _ run: TextRun) {
        PangoText.setFont(layout, run.font)
        pango_layout_set_text(layout, run.text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let width = Double(logical.width) / Double(PANGO_SCALE)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        var dx = 0.0
        switch run.anchor {
        case .start: dx = 0
        case .middle: dx = -width / 2
        case .end: dx = -width
        }
        cairo_save(cr)
        cairo_translate(cr, run.x, run.y)
        if run.rotation != 0 { cairo_rotate(cr, -run.rotation * .pi / 180) }
        cairo_move_to(cr, dx, -baseline)
        setColor(cr, run.color)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }

    /// A logo: read and checked through `LogoFile` (size and declared pixels bounded before
    /// decoding); one that cannot be read is left out (the commands check it before drawing).
    static func image(_ cr: OpaquePointer, _ path: String, _ frame: Rect) {
        guard let bytes = try? LogoFile.read(path), let img = PNGSurface.decode(bytes) else { return }
        defer { cairo_surface_destroy(img) }
        guard cairo_surface_status(img) == CAIRO_STATUS_SUCCESS else { return }
        let w = Double(cairo_image_surface_get_width(img)), h = Double(cairo_image_surface_get_height(img))
        guard w > 0, h > 0 else { return }
        let s = min(frame.width / w, frame.height / h)
        cairo_save(cr)
        cairo_translate(cr, frame.x + frame.width - w * s, frame.y + (frame.height - h * s) / 2)
        cairo_scale(cr, s, s)
        cairo_set_source_surface(cr, img, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
    }
}
