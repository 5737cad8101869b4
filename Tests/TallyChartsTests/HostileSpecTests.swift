import Foundation
import Testing
@testable import TallyCharts

/// Chart specs from someone else (issue 11): every field is checked before use, errors name the
/// field as a JSON path, and no value can crash the layout or make its work grow with the span.
@Suite("Hostile chart specs")
struct HostileSpecTests {
    let measurer = EstimatingTextMeasurer()

    func spec(_ points: [DataPoint], kind: ChartSpec.Kind = .line) -> ChartSpec {
        ChartSpec(kind: kind, title: "T", source: "S", series: [SeriesData(id: "a", label: "A", points: points)])
    }

    func message(_ s: ChartSpec) -> String? {
        do {
            _ = try ChartLayout.scene(spec: s, theme: .report, measurer: measurer)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aMonthOf13IsRefusedWithItsPath() {
        let s = spec([DataPoint(time: 2015.5, year: 2015, value: 1), DataPoint(time: 2016.5, year: 2016, month: 13, value: 2)])
        #expect(message(s) == "series[0].points[1].month: 13, expected 1 to 12")
    }

    @Test func aDayMustExistInItsMonth() {
        let april31 = spec([DataPoint(time: 2019.3, year: 2019, month: 4, day: 31, value: 1)])
        #expect(message(april31) == "series[0].points[0].day: 31, expected 1 to 30 for month 4 of 2019")
        let feb29 = spec([DataPoint(time: 2019.2, year: 2019, month: 2, day: 29, value: 1)])
        #expect(message(feb29)?.contains("expected 1 to 28") == true)
        #expect(message(spec([DataPoint(time: 2020.2, year: 2020, month: 2, day: 29, value: 1)])) == nil)
        #expect(message(spec([DataPoint(time: 2020.2, year: 2020, day: 3, value: 1)]))?.contains("without a month") == true)
    }

    @Test(arguments: [1e20, 1e15, 1e9, -5, .nan, .infinity, 10_000.5])
    func timesOutsideTheCalendarAreRefused(_ time: Double) {
        let s = spec([DataPoint(time: 2015.5, year: 2015, value: 1), DataPoint(time: time, year: 2016, value: 2)])
        #expect(message(s)?.hasPrefix("series[0].points[1].time: ") == true)
        #expect(message(s)?.contains("expected a decimal year from 1 to 10000") == true)
    }

    @Test(arguments: [0, -1, 10_000, Int.max])
    func yearsOutsideTheCalendarAreRefused(_ year: Int) {
        #expect(message(spec([DataPoint(time: 2015.5, year: year, value: 1)]))?.hasPrefix("series[0].points[0].year: ") == true)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e13, -1e300, .leastNonzeroMagnitude, 1e-9])
    func valuesMustBeFiniteAndOfASaneMagnitude(_ value: Double) {
        #expect(message(spec([DataPoint(time: 2015.5, year: 2015, value: value)]))?.hasPrefix("series[0].points[0].value: ") == true)
    }

    @Test func aDecodedTimeOf1e20WithoutAYearDoesNotTrap() throws {
        let json = #"{"kind":"line","title":"T","source":"S","series":[{"id":"a","label":"A","points":[{"time":1e20,"value":2}]}]}"#
        let s = try JSONDecoder().decode(ChartSpec.self, from: Data(json.utf8))
        #expect(message(s)?.hasPrefix("series[0].points[0].time: 1e+20") == true)
    }

    @Test func unknownNamesAreRefusedWithoutEchoingThem() {
        let json = #"{"kind":"pie\u001b[31m","title":"T","source":"S","series":[]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ChartSpec.self, from: Data(json.utf8)) }
        do {
            _ = try JSONDecoder().decode(ChartSpec.self, from: Data(json.utf8))
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == "expected one of " + ChartSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            #expect(!context.debugDescription.contains("pie"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func tooManySeriesAreRefusedBeforeLayout() {
        var s = spec([])
        s.series = (0...ChartLimits.maximumSeries).map { SeriesData(id: "s\($0)", label: "S", points: [DataPoint(time: 2020, year: 2020, value: 1)]) }
        #expect(message(s)?.hasPrefix("series: 41 series, at most 40") == true)
    }

    @Test func tooManyPointsAreRefused() {
        let points = (0...ChartLimits.maximumPointsPerSeries).map { DataPoint(time: 2000 + Double($0) / 1000, year: 2000, value: 1) }
        #expect(message(spec(points)) == "series[0].points: 10001 points, at most 10000")
    }

    @Test func textIsBoundedInLength() {
        var s = spec([DataPoint(time: 2015.5, year: 2015, value: 1)])
        s.title = String(repeating: "x", count: ChartLimits.maximumTextLength + 1)
        #expect(message(s) == "title: 1001 characters, at most 1000; shorten it")
        s.title = "T"
        s.annotations = [Annotation(series: "a", time: 2015.5, text: String(repeating: "é", count: 201))]
        #expect(message(s) == "annotations[0].text: 201 characters, at most 200; shorten it")
        s.annotations = (0...ChartLimits.maximumAnnotations).map { _ in Annotation(series: "a", time: 2015.5, text: "x") }
        #expect(message(s) == "annotations: 101 annotations, at most 100")
    }

    @Test func sizesAreCheckedAtTheScaleDrawn() {
        var s = spec([DataPoint(time: 2015.5, year: 2015, value: 1)])
        #expect(throws: Never.self) { try s.validate(scale: 8) }
        s.width = 9000
        s.height = 9000
        #expect(throws: ChartSpecError.self) { try s.validate(scale: 2) }
        #expect(throws: ChartSpecError.self) { try s.validate(scale: 1) }   // 81 Mpx
        s.width = .infinity
        #expect(throws: ChartSpecError.self) { try s.validate() }
        s.width = 1200
        s.height = 675
        #expect(throws: ChartSpecError.self) { try s.validate(scale: 100) }
        #expect(throws: ChartSpecError.self) { try s.validate(scale: .nan) }
        #expect(ChartLimits.pixelProblem(width: 16384, height: 4096, scale: 1) == nil)
        #expect(ChartLimits.pixelProblem(width: 16384, height: 4097, scale: 1)?.contains("Mpx") == true)
        #expect(ChartLimits.pixelProblem(width: 1e19, height: 500, scale: 1)?.contains("px a side") == true)
    }

    @Test func timeTicksAreBoundedWhateverTheSpan() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let sets = TimeTicks.candidates(lower: 1, upper: 10_000)
            #expect(sets.allSatisfy { $0.count <= ChartLimits.maximumTicks })
            #expect(sets.contains { $0.first?.year == 1000 && $0.count == 10 })
            #expect(TimeTicks.candidates(lower: 1, upper: 1e15).isEmpty)
            #expect(TimeTicks.candidates(lower: .nan, upper: 2).isEmpty)
            #expect(TimeTicks.candidates(lower: 1e300, upper: 1e300).isEmpty)
        }
        #expect(elapsed < .seconds(1))
        // Ordinary spans keep their ticks: every year, then every 2, 5, ...
        let ordinary = TimeTicks.candidates(lower: 2013.2, upper: 2025.9)
        #expect(ordinary.first?.map(\.year) == Array(2014...2025))
        #expect(ordinary[1].map(\.year) == [2014, 2016, 2018, 2020, 2022, 2024])
    }

    @Test func logTicksEndOnAnyDomain() {
        #expect(LogScale(domain: (0, 10), range: (0, 1)).ticks(dense: true).isEmpty)
        #expect(LogScale(domain: (.leastNonzeroMagnitude, 1e12), range: (0, 1)).ticks(dense: true).count <= ChartLimits.maximumTicks)
    }

    @Test func fortySeriesOfManyPointsWithAnnotationsLayOutInBoundedTime() throws {
        var s = spec([])
        s.series = (0..<10).map { i in
            SeriesData(id: "s\(i)", label: "Series \(i)", points: (0..<2000).map { j in
                DataPoint(time: 2000 + Double(j) / 100, year: 2000 + j / 100, value: Double((j % 2) * 1000 + i))
            })
        }
        s.annotations = (0..<100).map { Annotation(series: "s0", time: 2000 + Double($0) / 5, text: "note \($0)") }
        var theme = Theme.report
        theme.palette = Array(repeating: theme.palette, count: 6).flatMap { $0 }
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try ChartLayout.scene(spec: s, theme: theme, measurer: measurer) }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
