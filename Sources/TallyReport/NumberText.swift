import Foundation

/// How numbers are written for people: a fixed number of significant digits, signs on changes,
/// p-values below 0.001 as "<0.001". Machine formats (JSON, CSV) keep full precision instead.
public enum NumberText {
    /// `x` with `digits` significant digits, without exponent for everyday magnitudes.
    public static func significant(_ x: Double, _ digits: Int = 3) -> String {
        guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "inf" : "-inf") }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        let decimals = max(0, digits - 1 - magnitude)
        if decimals > 8 || (magnitude >= 6 && magnitude >= digits) { return String(format: "%.\(digits - 1)e", x) }
        return String(format: "%.\(decimals)f", x)
    }

    /// With a leading + for positive values (changes, slopes).
    public static func signed(_ x: Double, _ digits: Int = 3) -> String {
        (x > 0 ? "+" : "") + significant(x, digits)
    }

    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "n/a" }
        return p < 0.001 ? "<0.001" : String(format: "%.3f", p)
    }

    public static func percent(_ x: Double, _ digits: Int = 3) -> String { signed(x, digits) + "%" }

    public static func interval(_ lower: Double, _ upper: Double, _ digits: Int = 3, suffix: String = "") -> String {
        "[\(significant(lower, digits))\(suffix), \(significant(upper, digits))\(suffix)]"
    }

    /// A confidence level as a percentage: 0.95 -> "95%", 0.975 -> "97.5%".
    public static func percentLevel(_ level: Double) -> String {
        let pct = level * 100
        return (pct == pct.rounded() ? String(Int(pct)) : String(format: "%g", pct)) + "%"
    }

    public static func integer(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : significant(x, 6)
    }
}
