import Testing
@testable import TallyCharts

@Suite("Chart layout on the scene, without Cairo")
struct ChartLayoutTests {
    let measurer = EstimatingTextMeasurer()

    func scene(_ spec: ChartSpec, theme: Theme = .report) throws -> Scene {
        try ChartLayout.scene(spec: spec, theme: theme, measurer: measurer)
    }

    /// No two text runs overlap, and every one lies inside the chart.
    func expectNoOverlaps(_ s: Scene, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts = s.texts
        for (i, a) in texts.enumerated() {
            #expect(a.bounds.x >= 0 && a.bounds.maxX <= s.width && a.bounds.y >= 0 && a.bounds.maxY <= s.height,
                    "'\(a.text)' (\(a.role)) leaves the chart: \(a.bounds)", sourceLocation: sourceLocation)
            for b in texts[(i + 1)...] where a.bounds.intersects(b.bounds) {
                Issue.record("'\(a.text)' (\(a.role)) overlaps '\(b.text)' (\(b.role))", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func crowdedEndLabelsNeverOverlap() throws {
        let s = try scene(ChartFixtures.crowdedLines)
        expectNoOverlaps(s)
        let labels = s.texts.filter { $0.role == "label-end" }.map(\.text)
        let legend = s.texts.filter { $0.role == "legend" }.map(\.text)
        // Every series is named once: at its line's end or, if its label did not fit, in the legend.
        let named = Set(labels.joined(separator: " ").split(separator: " ").map(String.init) + legend.flatMap { $0.split(separator: " ").map(String.init) })
        for word in ["Second", "Third", "First"] { #expect(named.contains(word)) }
    }

    /// One labelling scheme per chart: when the end labels do not all fit, every series is named
    /// in the legend and none at its end, so no series is named twice; the focused series leads.
    @Test func crowdedLinesAreNamedInALegendAloneWithTheFocusFirst() throws {
        var spec = ChartFixtures.crowdedLines
        // Four more lines ending beside the others (seven in all, the palette's limit): more labels
        // than the room near that height.
        spec.series += (0..<4).map { k in
            SeriesData(id: "x\(k)", label: "Extra \(k)", points: [ChartFixtures.point(2015.5, Double(40 + k)), ChartFixtures.point(2020.5, Double(103 + k))])
        }
        spec.height = 200
        spec.focus = ["x2"]
        let s = try scene(spec)
        #expect(!s.texts.contains { $0.role == "label-end" })
        let legend = s.texts.filter { $0.role == "legend" }.map(\.text)
        #expect(legend.count == spec.series.count)
        #expect(legend.first == "Extra 2")
        expectNoOverlaps(s)
        // With room for every end label, there is no legend.
        let roomy = try scene(ChartFixtures.crowdedLines)
        let ends = roomy.texts.filter { $0.role == "label-end" }.map(\.text).joined(separator: " ")
        #expect(["First", "Second", "Third"].allSatisfy { ends.contains($0) })
        #expect(!roomy.texts.contains { $0.role == "legend" })
    }

    @Test func yTicksAreNiceAndStartAtZero() throws {
        let s = try scene(ChartFixtures.qualifiedWithGap)
        let ticks = s.texts.filter { $0.role == "tick-y" }.map(\.text)
        #expect(ticks.first == "0")
        #expect(ticks.contains("1,000"))
        let xs = s.texts.filter { $0.role == "tick-x" }.map(\.text)
        #expect(xs.allSatisfy { Int($0) != nil })
        expectNoOverlaps(s)
    }

    @Test func qualifiersAreMarkedAndExplained() throws {
        let s = try scene(ChartFixtures.qualifiedWithGap)
        let shapes = s.items.compactMap { item -> MarkerShape? in
            if case .marker(_, let shape, _, _, _) = item { return shape } else { return nil }
        }
        #expect(shapes.contains(.hollowCircle))
        #expect(shapes.contains(.hollowTriangle))
        let key = s.texts.filter { $0.role == "key" }.map(\.text)
        #expect(key.contains("approximate figure") && key.contains("at least"))
    }

    @Test func longGapIsDottedNotBridged() throws {
        let s = try scene(ChartFixtures.qualifiedWithGap)
        let dashed = s.items.filter { if case .line(_, _, _, _, let dash) = $0 { return !dash.isEmpty } else { return false } }
        // Spacing is about a year (median 1.15), so only 2020.5 -> 2024.6 is over 3 times it;
        // the footer key adds one dashed sample.
        #expect(dashed.count == 2)
        #expect(s.texts.contains { $0.text.hasPrefix("dotted: no published figure") })
    }

    @Test func categoriesWithoutDataAreNamedNotDrawn() throws {
        let s = try scene(ChartFixtures.qualifiedWithGap)
        #expect(s.texts.contains { $0.role == "no-data" && $0.text.contains("LGBT people") })
    }

    @Test func sourceLineIsAlwaysThere() throws {
        let s = try scene(ChartFixtures.qualifiedWithGap)
        #expect(s.texts.contains { $0.role == "source" && $0.text == "Source: Memorial" })
    }

    @Test func shareBarsFillTheWholeScale() throws {
        let spec = ChartSpec(kind: .share, title: "Shares", source: "S", series: ChartFixtures.twoParts)
        let s = try scene(spec)
        let rects = s.items.compactMap { item -> Rect? in if case .rect(let r, _) = item, r.width > 20 { return r } else { return nil } }
        // Two bars a date, three dates; each date's two bars together are as tall as 100%.
        let byX = Dictionary(grouping: rects, by: { Int($0.x) })
        #expect(byX.count == 3)
        let heights = byX.values.map { $0.reduce(0) { $0 + $1.height } }
        #expect(heights.allSatisfy { abs($0 - heights[0]) < 1e-6 })
        #expect(s.texts.contains { $0.role == "tick-y" && $0.text == "100%" })
        expectNoOverlaps(s)
    }

    @Test func groupedBarsShowADashWhereAFigureIsMissing() throws {
        var parts = ChartFixtures.twoParts
        parts[0].points.removeLast()
        let spec = ChartSpec(kind: .bar, title: "Bars", source: "S", series: parts, stacked: false)
        let s = try scene(spec)
        #expect(s.texts.filter { $0.role == "missing" }.count == 1)
    }

    @Test(arguments: ["report", "press", "dark"])
    func everyThemeAndSizeLaysOutCleanly(_ name: String) throws {
        let theme = Theme.builtIn[name]!
        for (w, h) in [(1200.0, 675.0), (1080, 1080), (1080, 1920), (332.6, 249.4)] {
            var spec = ChartFixtures.qualifiedWithGap
            spec.width = w
            spec.height = h
            let s = try scene(spec, theme: theme)
            for t in s.texts where t.bounds.x < 0 || t.bounds.maxX > s.width || t.bounds.y < 0 || t.bounds.maxY > s.height {
                Issue.record("\(name) \(w)x\(h): '\(t.text)' (\(t.role)) at \(t.bounds)")
            }
            expectNoOverlaps(s)
        }
    }

    @Test func refusesWhatCannotBeHonest() {
        var noSource = ChartFixtures.qualifiedWithGap
        noSource.source = " "
        #expect(throws: ChartSpecError.self) { try scene(noSource) }
        var empty = ChartFixtures.qualifiedWithGap
        empty.series[0].points = []
        #expect(throws: ChartSpecError.self) { try scene(empty) }
        var huge = ChartFixtures.qualifiedWithGap
        huge.width = 20000
        #expect(throws: ChartSpecError.self) { try scene(huge) }
        var logZero = ChartFixtures.qualifiedWithGap
        logZero.logScale = true
        logZero.series[0].points[0].value = 0
        #expect(throws: ChartSpecError.self) { try scene(logZero) }
        var many = ChartFixtures.crowdedLines
        many.series = (0..<8).map { SeriesData(id: "s\($0)", label: "S\($0)", points: [ChartFixtures.point(2020, Double($0))]) }
        #expect(throws: ChartSpecError.self) { try scene(many) }
    }

    @Test func layoutIsDeterministic() throws {
        #expect(try scene(ChartFixtures.crowdedLines) == scene(ChartFixtures.crowdedLines))
    }

    @Test func altTextDescribesTheData() {
        let alt = AltText.describe(ChartFixtures.qualifiedWithGap)
        #expect(alt.hasPrefix("Line chart: Qualified figures and a gap. Sub. Total: 7 published figures, from 46 (2014) to 1,262 (2025)"))
        #expect(alt.contains("2 of them approximate or lower bounds"))
        #expect(alt.contains("No published counts for: LGBT people."))
        #expect(alt.hasSuffix("Source: Memorial"))
    }
}
