import CCairo

/// What the drawing depends on outside Tally, for provenance: library versions and the font
/// files fontconfig picks for a family (a different font file changes every figure).
public enum RenderEnvironment {
    public static var cairoVersion: String { String(cString: cairo_version_string()) }
    public static var pangoVersion: String { String(cString: pango_version_string()) }

    /// The font file fontconfig matches for `family` (e.g. "Noto Sans:bold"), or nil.
    public static func fontFile(_ pattern: String) -> String? {
        guard let config = FcInitLoadConfigAndFonts() else { return nil }
        defer { FcConfigDestroy(config) }
        guard let pat = FcNameParse(pattern) else { return nil }
        defer { FcPatternDestroy(pat) }
        FcConfigSubstitute(config, pat, FcMatchPattern)
        FcDefaultSubstitute(pat)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(config, pat, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        return String(cString: file)
    }
}
