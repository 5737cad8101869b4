/// The dates on which stock is counted, and the periods over which flows are counted.
///
/// - `year`: every year on `--on MM-DD` (default 12-31; 29 February falls back to the 28th in
///   common years); with 12-31 the periods are calendar years.
/// - `quarter`, `month`: the last day of each quarter or month.
/// - `day`: every day.
/// Period k runs from the day after snapshot k-1 through snapshot k; the first period starts the
/// day after the same point one step earlier.
public struct SnapshotSchedule: Sendable, Equatable {
    public enum Every: String, Sendable, CaseIterable { case year, quarter, month, day }

    public var every: Every
    public var days: [Int32]
    /// The day before the first period starts (periods are (start, snapshot]).
    public var firstPeriodStart: Int32

    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static let maximumSnapshots = 200_000

    public init(every: Every, on: (month: Int, day: Int)?, fromYear: Int, toYear: Int) throws {
        guard fromYear <= toYear else { throw Invalid(message: "--from \(fromYear) is after --to \(toYear)") }
        guard fromYear >= 1, toYear <= 9999 else { throw Invalid(message: "years must be between 1 and 9999") }
        self.every = every
        var days: [Int32] = []
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int32 {
            let dd = min(d, Int(CaseDate.daysInMonth(Int32(m), Int32(y))))
            return CaseDate.dayNumber(Int32(y), Int32(m), Int32(dd))
        }
        switch every {
        case .year:
            let (m, d) = on ?? (12, 31)
            guard (1...12).contains(m), (1...31).contains(d), d <= Int(CaseDate.daysInMonth(Int32(m), 2000)) else {
                throw Invalid(message: "--on \(m)-\(d) is not a day of the year; give MM-DD such as 12-31")
            }
            days = (fromYear...toYear).map { day($0, m, d) }
            firstPeriodStart = day(fromYear - 1, m, d)
        case .quarter:
            for y in fromYear...toYear { for m in [3, 6, 9, 12] { days.append(day(y, m, 31)) } }
            firstPeriodStart = day(fromYear - 1, 12, 31)
        case .month:
            for y in fromYear...toYear { for m in 1...12 { days.append(day(y, m, 31)) } }
            firstPeriodStart = day(fromYear - 1, 12, 31)
        case .day:
            let first = CaseDate.dayNumber(Int32(fromYear), 1, 1), last = CaseDate.dayNumber(Int32(toYear), 12, 31)
            guard Int(last - first) < Self.maximumSnapshots else {
                throw Invalid(message: "--every day over \(fromYear)-\(toYear) gives more than \(Self.maximumSnapshots) snapshots; narrow --from/--to")
            }
            days = Array(first...last)
            firstPeriodStart = first - 1
        }
        self.days = days
    }

    /// Snapshot dates as YYYY-MM-DD.
    public var labels: [String] { days.map(CaseDate.text) }

    /// The first day of period k, as YYYY-MM-DD.
    public func periodStart(_ k: Int) -> String { CaseDate.text((k == 0 ? firstPeriodStart : days[k - 1]) + 1) }

    public static func == (a: SnapshotSchedule, b: SnapshotSchedule) -> Bool {
        a.every == b.every && a.days == b.days && a.firstPeriodStart == b.firstPeriodStart
    }
}

