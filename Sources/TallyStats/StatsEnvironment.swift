import CGSL

/// The numerical library behind the statistics, for provenance.
public enum StatsEnvironment {
    /// GSL's version as compiled against (GSL_MAJOR_VERSION.GSL_MINOR_VERSION); the runtime
    /// string `gsl_version` is a C global Swift 6 will not read without a lock.
    public static var gslVersion: String { "\(GSL_MAJOR_VERSION).\(GSL_MINOR_VERSION)" }
}
