import TallyData

/// Small datasets built in memory, named for what they show.
enum ReportFixtures {
    /// What a data package might say about its counts.
    static let caveat = "The office counts people in custody on 31 December only."

    static let source = Source(id: "census", publisher: "The Counting Office", title: "Yearly census", url: "https://example.org/census",
                               quote: "", kind: .original)

    /// A dataset of `(date, category, count)` rows from one source.
    static func dataset(_ rows: [(String, String, Int)], categories: [Category], name: String = "fixture") -> Dataset {
        Dataset(name: name, title: "Fixture counts", location: "memory", resources: [],
                categories: categories, sources: [source.id: source],
                observations: rows.enumerated().map { i, r in
                    Observation(date: PartialDate(r.0)!, category: r.1, count: r.2, source: source.id, file: "counts.csv", line: i + 2)
                })
    }

    /// 10, 20, 40, 80 in 2015-2018: doubles every year, so the fold change is 8, compound growth
    /// 100% a year, the OLS slope 23 a year, Theil-Sen 21.7 a year and Kendall's tau 1.
    static let doublingEachYear = dataset(
        [("2015", "cases", 10), ("2016", "cases", 20), ("2017", "cases", 40), ("2018", "cases", 80)],
        categories: [Category(id: "cases", labels: ["en": "Cases counted"])])

    /// Two figures: growth is defined, every model needs at least three.
    static let twoFigures = dataset(
        [("2015", "cases", 10), ("2016", "cases", 12)],
        categories: [Category(id: "cases", labels: ["en": "Cases counted"])])

    /// A whole and its two parts on two dates: `a` drives the change (60 to 150 of 100 to 200).
    static let wholeWithTwoParts = dataset(
        [("2020", "whole", 100), ("2020", "a", 60), ("2020", "b", 40),
         ("2021", "whole", 200), ("2021", "a", 150), ("2021", "b", 50)],
        categories: [Category(id: "whole", labels: ["en": "All counted"]),
                     Category(id: "a", parent: "whole", labels: ["en": "Part A"]),
                     Category(id: "b", parent: "whole", labels: ["en": "Part B"])])

    /// The whole barely moves (100 to 102) while its parts move by 58 in all (60 to 90, 40 to 12):
    /// contributions of 1500% and -1400% would mean nothing.
    static let wholeBarelyMoves = dataset(
        [("2020", "whole", 100), ("2020", "a", 60), ("2020", "b", 40),
         ("2021", "whole", 102), ("2021", "a", 90), ("2021", "b", 12)],
        categories: wholeWithTwoParts.categories)

    /// Shares that hardly move (60/40 to 61/41): no evidence of a change in composition.
    static let sameComposition = dataset(
        [("2020", "whole", 100), ("2020", "a", 60), ("2020", "b", 40),
         ("2021", "whole", 102), ("2021", "a", 61), ("2021", "b", 41)],
        categories: wholeWithTwoParts.categories)

    /// Six yearly counts that swing far more than a Poisson model allows: overdispersed, and
    /// enough points that the dispersion rests on four degrees of freedom.
    static let swinging = dataset(
        [("2015", "cases", 10), ("2016", "cases", 30), ("2017", "cases", 15), ("2018", "cases", 60),
         ("2019", "cases", 25), ("2020", "cases", 90)],
        categories: [Category(id: "cases", labels: ["en": "Cases counted"])])

    /// Six counts rising by one a year: far steadier than Poisson counts (underdispersed).
    static let steady = dataset(
        [("2015", "cases", 100), ("2016", "cases", 101), ("2017", "cases", 102), ("2018", "cases", 103),
         ("2019", "cases", 104), ("2020", "cases", 105)],
        categories: [Category(id: "cases", labels: ["en": "Cases counted"])])

    static func series(_ d: Dataset, _ id: String) -> TimeSeries { d.series(id) }

    /// A table row whose first cell is `label`, or nil.
    static func row(_ rows: [[String]], _ label: String) -> [String]? { rows.first { $0.first == label } }

    /// The CSV's lines split at commas (the fixtures hold no quoted field).
    static func csvRows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
