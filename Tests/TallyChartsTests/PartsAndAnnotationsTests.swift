import Testing
@testable import TallyCharts

/// Stacks never draw a missing part as zero; shares are of the whole; annotations stay on a
/// figure of their own date; caveats come from the spec (the data), never from code.
@Suite("Parts, wholes and annotations")
struct PartsAndAnnotationsTests {
    let measurer = EstimatingTextMeasurer()

    /// The religious list alone on the last date (no general-list figure there).
    var partMissing: [SeriesData] {
        var parts = ChartFixtures.twoParts
        parts[1].points.append(ChartFixtures.point(2022.8, 417))
        return parts
    }

    @Test(arguments: [ChartSpec.Kind.bar, .area, .share])
    func aDateWithAPartMissingIsLeftOutAndNamed(_ kind: ChartSpec.Kind) throws {
        let spec = ChartSpec(kind: kind, title: "Parts", source: "S", series: partMissing)
        let s = try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer)
        #expect(ChartLayout.drawnTimes(spec) == [2018.2, 2019.8, 2021.8])
        #expect(s.texts.contains { $0.role == "left-out" && $0.text.hasSuffix(": 2022.") })
        #expect(s.altText.contains("Left out, as a part has no figure on that date: 2022."))
        // The key promises no dash: none is drawn in a stack.
        #expect(!s.texts.contains { $0.role == "missing" || ($0.role == "key" && $0.text.contains("no published figure")) })
    }

    @Test func groupedBarsDrawTheDashTheKeyPromises() throws {
        for horizontal in [false, true] {
            let spec = ChartSpec(kind: .bar, title: "Parts", source: "S", series: partMissing, horizontal: horizontal, stacked: false)
            let s = try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer)
            #expect(s.texts.filter { $0.role == "missing" }.count == 1, "horizontal: \(horizontal)")
            #expect(s.texts.contains { $0.role == "key" && $0.text.contains("no published figure") })
            #expect(!s.texts.contains { $0.role == "left-out" })
        }
    }

    @Test func sharesAreOfThePublishedWholeWithTheRestShown() throws {
        var spec = ChartSpec(kind: .share, title: "Shares", source: "S", series: ChartFixtures.twoParts)
        spec.whole = SeriesData(id: "total", label: "Total", points: [ChartFixtures.point(2018.2, 286), ChartFixtures.point(2019.8, 300)])
        let rows = ShareTable(spec).rows
        #expect(rows[0].shares == [46 / 286, 97 / 286.0] && rows[0].notAttributed == 143 / 286.0)
        #expect(rows[1].wholeIsSumOfParts && rows[1].notAttributed == nil, "300 is below 53 + 252")
        #expect(rows[2].wholeIsSumOfParts, "no whole published")
        let s = try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer)
        #expect(s.texts.contains { $0.role == "legend" && $0.text == "Not attributed" })
    }

    @Test func annotationsPointOnlyAtAFigureOfTheirOwnDate() throws {
        var spec = ChartFixtures.qualifiedWithGap
        spec.annotations = [Annotation(series: "total", time: 2015.4, text: "50 in 2015", year: 2015)]
        #expect(throws: Never.self) { try spec.checkAnnotations() }
        spec.annotations = [Annotation(series: "total", time: 2017.5, text: "in 2017", year: 2017, month: 6, day: 1)]
        do {
            try spec.checkAnnotations()
            Issue.record("an annotation with no figure in its day was accepted")
        } catch {
            #expect(error.message.contains("no figure published within that day"))
            #expect(error.message.contains("the nearest is 100 on 2016"))
        }
        #expect(throws: ChartSpecError.self) { try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer) }
    }

    @Test func caveatsAreTheDatasPrintedUnderTheNotes() throws {
        let s = try ChartLayout.scene(spec: ChartFixtures.qualifiedWithGap, theme: .report, measurer: measurer)
        #expect(s.texts.contains { $0.role == "note" && $0.text.hasPrefix("Minimum counts: a caveat from the data package.") })
        #expect(s.altText.contains("Minimum counts: a caveat from the data package. Source: Memorial"))
    }

    /// Caveats and the whole come from files too: made safe and bounded like every other field.
    @Test func caveatsAndTheWholeAreCheckedLikeEveryOtherField() throws {
        var spec = ChartSpec(kind: .share, title: "Shares", source: "S", series: ChartFixtures.twoParts,
                             caveats: ["a\u{1}b\u{202E}c"])
        let s = try ChartLayout.scene(spec: spec, theme: .report, measurer: measurer)
        #expect(s.texts.contains { $0.role == "note" && !$0.text.unicodeScalars.contains { $0.value < 32 || $0.value == 0x202E } })
        spec.whole = SeriesData(id: "total", label: "Total", points: [DataPoint(time: 2018.2, year: 2018, month: 13, value: 1)])
        #expect(throws: ChartSpecError("whole.points[0].month: 13, expected 1 to 12")) { try spec.validate() }
        spec.whole = nil
        spec.caveats = Array(repeating: "c", count: ChartLimits.maximumNotes + 1)
        #expect(throws: ChartSpecError.self) { try spec.validate() }
    }
}
