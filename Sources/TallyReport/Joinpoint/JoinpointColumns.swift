import TallyData
import TallyStats

/// The figures of `stats joinpoint`, each described once: a segment's APC, the AAPC, a
/// permutation test, and the fit for each number of joinpoints.
enum JoinpointColumns {
    static func segments(_ r: JoinpointRegression, dates: [PartialDate]) -> [Statistic] {
        r.segments.enumerated().map { i, s in
            Statistic(key: String(i + 1), label: String(i + 1), estimate: s.apc, unit: .percent,
                      interval: StatisticInterval(s.apcInterval), p: s.pValue,
                      details: ["from": .text(dates[s.startIndex].description), "to": .text(dates[s.endIndex].description),
                                "slope": .number(s.slope) { NumberText.significant($0, 6) },
                                "standard_error": .number(s.standardError) { NumberText.significant($0, 6) }],
                      json: [.detail("from"), .detail("to"), .detail("slope"), .detail("standard_error"),
                             .estimate("apc"), .interval("apc_interval"), .p("p_value")])
        }
    }

    static func segmentTable(level: Double) -> StatisticLayout {
        StatisticLayout([
            .init("segment", .label), .init("from", .detail("from"), .left), .init("to", .detail("to"), .left),
            .init("APC", .estimate), .init("\(NumberText.percentLevel(level)) interval", .interval), .init("p", .p),
        ])
    }

    static let segmentCSV = StatisticLayout([
        .init("segment", .key), .init("from", .detail("from")), .init("to", .detail("to")), .init("apc", .estimate),
        .init("lower", .lower), .init("upper", .upper), .init("p_value", .p), .init("slope", .detail("slope")),
        .init("standard_error", .detail("standard_error")),
    ])

    /// The average annual percent change between two decimal years.
    static func aapc(_ a: JoinpointRegression.AAPC) -> Statistic {
        Statistic(key: "aapc", label: "AAPC", estimate: a.value, unit: .percentAYear, interval: StatisticInterval(a.interval),
                  p: a.pValue,
                  details: ["from": .number(a.from) { NumberText.significant($0, 6) }, "to": .number(a.to) { NumberText.significant($0, 6) }],
                  json: [.detail("from"), .detail("to"), .estimate("value"), .interval("interval"), .p("p_value")])
    }

    static let test = DataLayout<JoinpointPermutationTest.Step>([
        DataColumn(header: "H0: k", csv: nil, json: "null_joinpoints", .right) { .count($0.nullJoinpoints) },
        DataColumn(header: "H1: k", csv: nil, json: "alternative_joinpoints", .right) { .count($0.alternativeJoinpoints) },
        DataColumn(header: "statistic", csv: nil, json: "statistic", .right) { .number($0.statistic) { NumberText.significant($0, 5) } },
        DataColumn(header: "p", csv: nil, json: "p_value", .right) { .number($0.pValue) { NumberText.fixed($0, 4) } },
        DataColumn(header: "reject below", csv: nil, json: "threshold", .right) { .number($0.threshold) { NumberText.significant($0, 3) } },
        DataColumn(header: "result", csv: nil, json: "rejected") { .flag($0.rejected).shown(as: $0.rejected ? "rejected" : "kept") },
    ])

    static let criterion = DataLayout<JoinpointRegression.Criterion>([
        DataColumn(header: "k", csv: nil, json: "joinpoints", .right) { .count($0.joinpoints) },
        DataColumn(header: "SSE", csv: nil, json: "sse", .right) { .number($0.sse) { NumberText.significant($0, 6) } },
        DataColumn(header: "BIC", csv: nil, json: "bic", .right) { .number($0.bic) { NumberText.fixed($0, 4) } },
        DataColumn(header: "BIC3", csv: nil, json: "bic3", .right) { .number($0.bic3) { NumberText.fixed($0, 4) } },
        DataColumn(header: "WBIC", csv: nil, json: "wbic", .right) { .number($0.wbic) { NumberText.fixed($0, 4) } },
        DataColumn(header: nil, csv: nil, json: "r2_max") { .number($0.r2max) { NumberText.significant($0, 6) } },
    ])
}
