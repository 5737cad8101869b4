import TallyCharts

/// The named layers of an editable SVG, in the order they are drawn: a designer finds the title,
/// the axes, the labels, the marks and the footer each in a group of its own (`<g id="title">`).
///
/// Drawn in this order, not in the scene's: the layout keeps the header, the footer and the plot
/// apart, and inside the plot it draws the grid and ticks, then the marks, then the labels over
/// them, which is the order below; so regrouping changes no pixel (the golden test checks it).
enum SVGLayer: String, CaseIterable, Comparable {
    case axes, marks, labels, title, footer

    static func < (a: SVGLayer, b: SVGLayer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The layer of a text by its role (`TextRun.role`); a role this list does not know yet (a new
    /// chart kind's) goes with the labels.
    static func layer(ofRole role: String) -> SVGLayer {
        switch role {
        case "title", "subtitle": return .title
        case "tick-x", "tick-y": return .axes
        case "missing": return .marks
        case "key", "no-data", "note", "left-out", "source": return .footer
        default: return .labels
        }
    }

    /// Each item's layer. Texts carry their role; shapes do not, so they are placed by what the
    /// layout draws around them:
    /// - the footer is laid out right after the header: shapes up to its last text are its key;
    /// - in the plot, straight solid lines before the first mark are the grid and tick marks;
    /// - a line drawn just before a label or annotation is the leader line to it, and a square
    ///   drawn just before a legend text is its swatch;
    /// - everything else in the plot (lines, areas, bars, markers, dotted gaps) is a mark;
    /// - an image is the logo, in the footer.
    static func assign(_ items: [SceneItem]) -> [SVGLayer] {
        let lastFooterText = items.lastIndex { item in
            if case .text(let run) = item { return layer(ofRole: run.role) == .footer }
            return false
        } ?? -1
        var layers: [SVGLayer] = []
        layers.reserveCapacity(items.count)
        var marksStarted = false
        for (index, item) in items.enumerated() {
            var nextLayer: SVGLayer?
            if index + 1 < items.count, case .text(let next) = items[index + 1] { nextLayer = layer(ofRole: next.role) }
            switch item {
            case .text(let run):
                layers.append(layer(ofRole: run.role))
            case .image:
                layers.append(.footer)
            case _ where index < lastFooterText:
                layers.append(.footer)
            case .line(let from, let to, _, _, let dash):
                if nextLayer == .labels {
                    layers.append(.labels)
                } else if !marksStarted, dash.isEmpty, from.x == to.x || from.y == to.y {
                    layers.append(.axes)
                } else {
                    marksStarted = true
                    layers.append(.marks)
                }
            case .rect:
                if nextLayer == .labels {
                    layers.append(.labels)
                } else {
                    marksStarted = true
                    layers.append(.marks)
                }
            case .polyline, .polygon, .marker:
                marksStarted = true
                layers.append(.marks)
            }
        }
        return layers
    }
}
