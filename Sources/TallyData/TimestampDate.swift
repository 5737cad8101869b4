/// A date written with a time of day, as spreadsheets and databases export dates
/// (`2019-06-10T00:00`, `2019-06-10T00:00:00`, `2019-06-10T00:00:00Z`). A tidy CSV's count is of
/// people on a day, so midnight is that day; any other time of day is refused with that reason
/// rather than dropped, because it may mean the export shifted the dates (a time zone).
enum TimestampDate {
    enum Reading: Equatable {
        /// Midnight: the day.
        case date(PartialDate)
        /// A real date and time, not midnight; the time as written.
        case timeOfDay(String)
        /// Not a date with a time.
        case notATimestamp
    }

    static func read(_ text: String) -> Reading {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = PartialDate(String(parts[0])), date.precision == .day else { return .notATimestamp }
        var time = parts[1]
        if time.hasSuffix("Z") { time = time.dropLast() }
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
              fields.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(fields[0]), hours < 24,
              fields.dropFirst().allSatisfy({ Int($0)! < 60 }) else { return .notATimestamp }
        return fields.allSatisfy({ $0 == "00" }) ? .date(date) : .timeOfDay(String(parts[1]))
    }
}
