extension CaseAggregation {
    /// The most issues kept for the report; beyond them only their number (`issuesNotKept`).
    public static let maximumIssuesKept = 1000

    /// The most categories one record may list (separated by ';'); a record with more is invalid
    /// at its line, never silently cut.
    public static let maximumCategoriesPerRecord = 64

    /// The most distinct values of the key (category, region or article) in one file.
    public static let maximumKeys = 100_000

    /// The most counts held per array: keys x (snapshots + 1). 4 x 10^6 is 96 MB for the three
    /// arrays (stock changes, inflow, outflow) of one worker, and a 4-million-line output; enough
    /// for 30,000 categories over 100 yearly snapshots or 33 over 10,000 years of months. Beyond
    /// it the file is refused at the line that crosses it.
    public static let maximumCells = 4_000_000

    /// The longest day span (first period start to last snapshot) looked up through a table of
    /// one entry per day (256 KiB); longer spans use a binary search over the snapshots.
    public static let maximumDayTable = 1 << 16
}
