/// Which series of a chart a reader with a colour-vision deficiency could confuse: every pair of
/// the colours the chart draws for its series, compared as each dichromacy sees them (`Vision`).
/// Two colours are "alike" when their CIE76 difference is below `threshold`, 15: under each
/// simulation, the closest pair of the Okabe-Ito palette (designed to stay apart) is 16.05, so a
/// pair under 15 is closer than anything that palette allows.
public struct ColourCheck: Sendable {
    public static let threshold = 15.0

    /// Two series that become alike under one vision.
    public struct Alike: Sendable, Equatable, CustomStringConvertible {
        public var vision: Vision
        public var first: String
        public var second: String
        public var difference: Double
        public var description: String {
            let d = (difference * 10).rounded() / 10
            return "\(vision.rawValue): '\(first)' and '\(second)' become alike (ΔE*ab \(d), under \(ColourCheck.threshold))"
        }
    }

    /// Each drawn series' label and colour.
    public var colours: [(label: String, colour: Color)]

    public init(colours: [(label: String, colour: Color)]) { self.colours = colours }

    /// The colours a chart draws for its series (those with figures), as the layout picks them;
    /// none for kinds that draw every series in one colour.
    public init(spec: ChartSpec, theme: Theme) {
        guard spec.kind.coloursEachSeries, !theme.palette.isEmpty else {
            colours = []
            return
        }
        colours = spec.series.enumerated().filter { !$0.element.points.isEmpty }.map { i, s in
            (SafeText.clean(s.label), theme.palette[i % theme.palette.count])
        }
    }

    /// Every pair alike under a deficiency (and under typical vision), in vision then pair order.
    public func alike(visions: [Vision] = [.typical] + Vision.deficiencies) -> [Alike] {
        var out: [Alike] = []
        for v in visions {
            for i in colours.indices {
                for j in colours.indices where j > i {
                    let d = v.difference(colours[i].colour, colours[j].colour)
                    if d < Self.threshold { out.append(Alike(vision: v, first: colours[i].label, second: colours[j].label, difference: d)) }
                }
            }
        }
        return out
    }
}
