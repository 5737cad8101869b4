/// What a small-multiples chart needs beyond its series: whether the panels share one value
/// axis, and what each panel says about its series (`panels`, one per series in order; a series
/// without one is titled by its label and drawn as a line).
public struct FacetsOptions: Sendable, Codable, Equatable {
    /// Whether every panel's value axis runs to the same maximum.
    public enum YAxes: String, Sendable, Codable, CaseIterable {
        /// One scale for all panels: heights compare across panels.
        case shared
        /// Each panel to its own maximum: shapes compare, heights do not.
        case free
    }

    public var yAxes: YAxes
    public var panels: [FacetPanel]

    public init(yAxes: YAxes = .free, panels: [FacetPanel] = []) {
        self.yAxes = yAxes
        self.panels = panels
    }

    enum CodingKeys: String, CodingKey { case yAxes, panels }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        yAxes = try ChartSpec.decodeChoice(YAxes.self, c, .yAxes, required: false) ?? .free
        panels = try c.decodeIfPresent([FacetPanel].self, forKey: .panels) ?? []
    }

    /// The panel of series `index`: the one given, else one titled by the series' label.
    func panel(_ index: Int, of series: SeriesData) -> FacetPanel {
        index < panels.count ? panels[index] : FacetPanel(title: series.label)
    }
}
