extension CaseAggregation {
    /// What to count and how: everything `run` needs besides the file.
    public struct Options: Sendable {
        /// What the counts are broken down by (always in total too).
        public var key: Key
        /// The snapshots, given outright; when nil they are built from `every`, `on`, `from` and
        /// `to` (see `SnapshotSchedule`), the years of the earliest and latest detention filling
        /// in a missing `from` or `to`.
        public var schedule: SnapshotSchedule?
        public var every: SnapshotSchedule.Every
        /// The snapshot day of the year for `every: .year` (default 12-31).
        public var on: (month: Int, day: Int)?
        /// First and last year of the schedule.
        public var from: Int?
        public var to: Int?
        /// When given, a key value outside it makes the record invalid.
        public var allowedKeys: Set<String>?
        /// Skip invalid records (counted) instead of failing with `Invalid`.
        public var skipInvalid: Bool
        /// Workers scanning the file: more than one only for files over 1 MiB without quotes.
        public var workers: Int

        public init(key: Key = .category, schedule: SnapshotSchedule? = nil, every: SnapshotSchedule.Every = .year,
                    on: (month: Int, day: Int)? = nil, from: Int? = nil, to: Int? = nil,
                    allowedKeys: Set<String>? = nil, skipInvalid: Bool = false, workers: Int = 2) {
            self.key = key
            self.schedule = schedule
            self.every = every
            self.on = on
            self.from = from
            self.to = to
            self.allowedKeys = allowedKeys
            self.skipInvalid = skipInvalid
            self.workers = workers
        }
    }
}
