/// The per-kind options and overlays checked and made safe like the rest of a spec: a spec may
/// come from a file someone sent, so every text is bounded (`ChartLimits`) and cleaned
/// (`SafeText`), every date range-checked, before layout reads them.
extension ChartSpec {
    func validateKindOptions() throws(ChartSpecError) {
        if let facets {
            try Self.checkCount(facets.panels.count, "facets.panels", ChartLimits.maximumSeries, "panels")
            for (i, p) in facets.panels.enumerated() {
                try Self.checkLength(p.title, "facets.panels[\(i)].title", ChartLimits.maximumLabelLength)
                try Self.checkLength(p.subject, "facets.panels[\(i)].subject", ChartLimits.maximumLabelLength)
                try Self.checkLength(p.caption, "facets.panels[\(i)].caption", ChartLimits.maximumLabelLength)
            }
        }
        if let waffle, !(1...1_000_000_000).contains(waffle.perCell) {
            throw ChartSpecError("waffle.perCell: \(waffle.perCell), expected a whole number of people per cell from 1, e.g. 10")
        }
        guard let overlays else { return }
        try Self.checkCount(overlays.highlight.count, "overlays.highlight", ChartLimits.maximumSeries, "ids")
        for (i, id) in overlays.highlight.enumerated() {
            try Self.checkLength(id, "overlays.highlight[\(i)]", ChartLimits.maximumLabelLength)
            if !series.contains(where: { $0.id == id }) {
                throw ChartSpecError("overlays.highlight[\(i)]: no series has that id; name one of the series' ids")
            }
        }
        try Self.checkCount(overlays.bands.count, "overlays.bands", ChartLimits.maximumAnnotations, "bands")
        for (i, b) in overlays.bands.enumerated() {
            try Self.checkLength(b.text, "overlays.bands[\(i)].text", ChartLimits.maximumLabelLength)
            try DataPoint.checkTime(b.from, "overlays.bands[\(i)].from")
            try DataPoint.checkTime(b.to, "overlays.bands[\(i)].to")
            if b.to < b.from { throw ChartSpecError("overlays.bands[\(i)]: ends before it starts; swap from and to") }
        }
    }

    /// The options' texts made safe, as `withSafeText` does for the rest.
    func kindOptionsWithSafeText() -> ChartSpec {
        var s = self
        if var facets {
            for i in facets.panels.indices {
                facets.panels[i].title = SafeText.clean(facets.panels[i].title)
                facets.panels[i].subject = SafeText.clean(facets.panels[i].subject)
                facets.panels[i].caption = SafeText.clean(facets.panels[i].caption)
            }
            s.facets = facets
        }
        if var overlays {
            for i in overlays.bands.indices { overlays.bands[i].text = SafeText.clean(overlays.bands[i].text) }
            s.overlays = overlays
        }
        return s
    }
}
