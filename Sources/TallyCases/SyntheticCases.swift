import TallyPrimitives

/// SYNTHETIC case records for tests and benchmarks: random people, categories and dates from a
/// seeded generator (SplitMix64, Steele, Lea and Flood 2014), so the same seed always writes the
/// same file. Every id starts with "SYNTHETIC-" and every source says "SYNTHETIC": these files are
/// never data about real people.
public struct SyntheticCases {
    public var count: Int
    public var seed: UInt64
    public var categories: [String]
    public var firstYear: Int
    public var lastYear: Int
    /// Share of records with two categories.
    public var multiCategoryShare: Double = 0.05
    /// Share of dates given only to the month.
    public var monthPrecisionShare: Double = 0.1
    /// Only id,category,detained_on,released_on (the shape of the benchmark in the issue).
    public var minimal = false

    public init(count: Int, seed: UInt64, categories: [String] = ["political", "religious", "ukrainian_citizens", "journalists"],
                firstYear: Int = 2010, lastYear: Int = 2024) {
        self.count = count
        self.seed = seed
        self.categories = categories
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// Writes the CSV through `write` in chunks (the file is never held whole in memory).
    public func generate(_ write: (ArraySlice<UInt8>) throws -> Void) rethrows {
        var rng = SplitMix64(seed: seed)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        buffer += Array((minimal ? "id,category,detained_on,released_on\n" : "id,category,detained_on,released_on,region,article,source\n").utf8)
        let regions = ["Moscow", "Crimea", "Bashkortostan", "Tatarstan", "Saint Petersburg", "Chechnya"]
        let articles = ["205.5", "282.2", "207.3", "280.3", "275", "212.1"]
        let firstDay = CaseDate.dayNumber(Int32(firstYear), 1, 1)
        let span = Int(CaseDate.dayNumber(Int32(lastYear), 12, 31) - firstDay)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        func dateText(_ day: Int32, monthOnly: Bool) -> String {
            let full = CaseDate.text(day)
            return monthOnly ? String(full.prefix(7)) : full
        }
        for i in 0..<count {
            var line = "SYNTHETIC-\(i + 1),"
            var cat = categories[rng.below(categories.count)]
            if rng.unit() < multiCategoryShare {
                let other = categories[rng.below(categories.count)]
                if other != cat { cat += ";" + other }
            }
            line += cat + ","
            let detained = firstDay + Int32(rng.below(span))
            let monthOnly = rng.unit() < monthPrecisionShare
            line += dateText(detained, monthOnly: monthOnly) + ","
            // A third still held; others held 30 days to 8 years, released by the end of the last year.
            let released = detained + Int32(30 + rng.below(8 * 365))
            if rng.unit() >= 0.33, released <= firstDay + Int32(span) {
                line += dateText(released, monthOnly: rng.unit() < monthPrecisionShare && !monthOnly)
            }
            let region = regions[rng.below(regions.count)], article = articles[rng.below(articles.count)]
            line += minimal ? "\n" : "," + region + "," + article + ",SYNTHETIC seed \(seed)\n"
            buffer += Array(line.utf8)
            if buffer.count > (1 << 20) - 256 {
                try write(buffer[...])
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try write(buffer[...]) }
    }
}
