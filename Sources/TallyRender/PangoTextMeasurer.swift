import CCairo
import TallyCharts

/// Measures text with Pango exactly as `CairoRenderer` draws it (same font map, no hinting of
/// metrics), so layout decisions hold in PNG, SVG and PDF alike.
public final class PangoTextMeasurer: TextMeasurer {
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let layout: OpaquePointer
    private var cache: [String: TextSize] = [:]

    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        cr = cairo_create(surface)
        layout = pango_cairo_create_layout(cr)
        PangoText.configure(layout: layout)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    public func measure(_ text: String, font: Font) -> TextSize {
        let key = "\(font.family)|\(font.size)|\(font.bold)|\(text)"
        if let hit = cache[key] { return hit }
        let size = PangoText.extents(layout: layout, text: text, font: font)
        cache[key] = size
        return size
    }
}

/// Shared Pango set-up for measuring and drawing.
enum PangoText {
    /// Metrics unhinted and glyphs unhinted, and glyph positions not rounded: Pango (1.44 and
    /// later) rounds each glyph's position to a whole unit of the layout's space, the CSS px,
    /// and at 300 dpi one CSS px is three device pixels, so letters stood one or two pixels
    /// apart by turns ("pe ople"). Unrounded, positions are exact at every scale and the
    /// measurer and the drawing agree.
    static func configure(layout: OpaquePointer) {
        let context = pango_layout_get_context(layout)
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_layout_context_changed(layout)
    }

    static func setFont(_ layout: OpaquePointer, _ font: Font) {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
    }

    static func extents(layout: OpaquePointer, text: String, font: Font) -> TextSize {
        setFont(layout, font)
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        let height = Double(logical.height) / Double(PANGO_SCALE)
        return TextSize(width: Double(logical.width) / Double(PANGO_SCALE), ascent: baseline, descent: height - baseline)
    }
}
