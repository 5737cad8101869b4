#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The footer under the plot (marker key, no-data note, notes, source), measured like the rest.
extension ChartLayout {
    struct FooterBlock {
        var lines: [(items: [FooterPiece], height: Double, ascent: Double)]
        var height: Double { lines.reduce(0) { $0 + $1.height } }

        func items(x: Double, top: Double) -> [SceneItem] {
            var out: [SceneItem] = []
            var y = top
            for line in lines {
                let baseline = y + line.ascent
                for piece in line.items {
                    switch piece {
                    case .text(var r):
                        r.bounds.y += baseline - r.y
                        r.x += x
                        r.bounds.x += x
                        r.y = baseline
                        out.append(.text(r))
                    case .marker(let dx, let shape, let sizePx, let color, let bg, let lift):
                        out.append(.marker(Point(x + dx, baseline - lift), shape: shape, size: sizePx, color: color, background: bg))
                    case .dash(let dx, let length, let color, let width, let lift):
                        out.append(.line(from: Point(x + dx, baseline - lift), to: Point(x + dx + length, baseline - lift),
                                         color: color, width: width, dash: [width, width * 1.8]))
                    }
                }
                y += line.height
            }
            return out
        }
    }

    enum FooterPiece {
        case text(TextRun)
        case marker(dx: Double, shape: MarkerShape, size: Double, color: Color, background: Color, lift: Double)
        case dash(dx: Double, length: Double, color: Color, width: Double, lift: Double)
    }

    func footerBlock(width: Double) -> FooterBlock {
        let f = footerFont
        let s = size("Xg", f)
        let lineHeight = s.height * 1.3
        var lines: [(items: [FooterPiece], height: Double, ascent: Double)] = []
        func textLines(_ text: String, color: Color, role: String, bold: Bool = false) {
            let ff = bold ? Font(family: f.family, size: f.size, bold: true) : f
            for line in wrap(text, ff, width: width) {
                lines.append(([.text(run(line, x: 0, baseline: 0, ff, color, role: role))], lineHeight, s.ascent))
            }
        }

        // Marker key: only for what the chart shows.
        let points = spec.series.flatMap(\.points)
        var key: [FooterPiece] = []
        var dx = 0.0
        let markerSize = theme.markerSize * k
        let lift = s.ascent * 0.35
        func keyEntry(_ shape: MarkerShape?, dash: Bool = false, _ words: String) {
            // Wrap the key when the next entry would run past the width.
            let symbol = dash ? 28 * k : (shape != nil ? markerSize + 6 * k : 0)
            if dx > 0, dx + symbol + size(words, f).width > width {
                lines.append((key, lineHeight, s.ascent))
                key = []
                dx = 0
            }
            if dash {
                key.append(.dash(dx: dx, length: 22 * k, color: theme.mutedText, width: max(1.5, theme.lineWidth * k * 0.6), lift: lift))
                dx += 22 * k + 6 * k
            } else if let shape {
                key.append(.marker(dx: dx + markerSize / 2, shape: shape, size: markerSize, color: theme.mutedText, background: theme.background, lift: lift))
                dx += markerSize + 6 * k
            }
            let r = run(words, x: dx, baseline: 0, f, theme.mutedText, role: "key")
            key.append(.text(r))
            dx += r.bounds.width + 18 * k
        }
        if points.contains(where: { $0.qualifier == .approx || $0.qualifier == .closeTo }) {
            keyEntry(.hollowCircle, spec.locale.word(.approximate))
        }
        if points.contains(where: { $0.qualifier == .atLeast || $0.qualifier == .moreThan }) {
            keyEntry(.hollowTriangle, spec.locale.word(.atLeast))
        }
        if spec.kind == .line, spec.series.contains(where: { !gapSegments($0).isEmpty }) {
            keyEntry(nil, dash: true, spec.locale.word(.gap))
        }
        // The dash is drawn only in grouped bars: stacked kinds leave such dates out (named below).
        if spec.kind == .bar, !spec.stacked, spec.series.count > 1, hasMissingBars {
            keyEntry(nil, spec.locale.word(.missing))
        }
        // A log axis says so: its equal steps are equal ratios, not equal numbers of people.
        if spec.kind == .line, spec.logScale {
            keyEntry(nil, spec.locale.word(.logScale))
        }
        if !key.isEmpty { lines.append((key, lineHeight, s.ascent)) }

        if !spec.noData.isEmpty {
            textLines(spec.locale.labelled(spec.locale.word(.noData), spec.noData.joined(separator: ", ")) + ".", color: theme.text, role: "no-data")
        }
        for note in spec.notes { textLines(note, color: theme.mutedText, role: "note") }
        let leftOut = Self.leftOutDates(spec)
        if !leftOut.isEmpty {
            textLines(spec.locale.labelled(spec.locale.word(.leftOut), leftOut.map(dateLabel).joined(separator: ", ")) + ".", color: theme.text, role: "left-out")
        }
        for caveat in spec.caveats { textLines(caveat, color: theme.mutedText, role: "note") }
        textLines(spec.locale.labelled(spec.locale.word(.source), spec.source), color: theme.mutedText, role: "source")
        return FooterBlock(lines: lines)
    }
}
