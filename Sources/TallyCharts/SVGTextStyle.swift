/// How an SVG holds its text. Outlines (the default) are Cairo's glyph shapes: the file looks the
/// same everywhere, even without the fonts, but its words cannot be edited or searched. Editable
/// text is real `<text>` elements naming the font family, size and weight, grouped in named
/// layers, for a designer who fixes a title or a translation in Illustrator, Inkscape or Figma.
public enum SVGTextStyle: String, Sendable, Codable, CaseIterable {
    case outlines
    case editable
}
