/// Tally's limits on a received dataset. Each protects a command from a crafted input (an overflow,
/// a crash, minutes of work or gigabytes of memory); each is reported, when exceeded, as an error
/// naming the limit, its value and what to do instead. The default dataset is far below all of them.
public enum DataLimits {
    /// Largest count accepted (one billion people), so that no sum of counts can overflow: even
    /// `maxObservations` counts at this value add up to 2.5 x 10^14, far below Int64's 9.2 × 10^18.
    public static let maxCount = 1_000_000_000
    /// Largest CSV table read (64 MiB): counts, sources, categories, a tidy CSV, a regression file.
    public static let maxTableBytes = 64 << 20
    /// Largest datapackage.json read (4 MiB).
    public static let maxDescriptorBytes = 4 << 20
    /// Most rows in a counts table (one observation each), for all series together, and in any
    /// CSV table Tally reads (about 60 µs and 1 KB a row in a debug build: a quarter of a million
    /// rows load in seconds; a published series has hundreds).
    public static let maxObservations = 250_000
    /// Most categories in a dataset (rows of categories.csv, or distinct categories of the counts).
    public static let maxCategories = 100_000
    /// Most issues kept: further ones are counted and summarised ("... and N more"), not stored.
    public static let maxIssues = 1_000
}
