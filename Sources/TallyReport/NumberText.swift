#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How numbers are written for people: a fixed number of significant digits, signs on changes,
/// p-values below 0.001 as "<0.001". Machine formats (JSON, CSV) keep full precision instead.
public enum NumberText {
    /// `x` with `digits` significant digits, without exponent for everyday magnitudes.
    public static func significant(_ x: Double, _ digits: Int = 3) -> String {
        guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "inf" : "-inf") }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        let decimals = max(0, digits - 1 - magnitude)
        if decimals > 8 || (magnitude >= 6 && magnitude >= digits) { return scientific(x, digits) }
        return fixed(x, decimals)
    }

    /// With a leading + for positive values (changes, slopes).
    public static func signed(_ x: Double, _ digits: Int = 3) -> String {
        (x > 0 ? "+" : "") + significant(x, digits)
    }

    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "n/a" }
        return p < 0.001 ? "<0.001" : fixed(p, 3)
    }

    public static func percent(_ x: Double, _ digits: Int = 3) -> String { signed(x, digits) + "%" }

    public static func interval(_ lower: Double, _ upper: Double, _ digits: Int = 3, suffix: String = "") -> String {
        "[\(significant(lower, digits))\(suffix), \(significant(upper, digits))\(suffix)]"
    }

    /// A confidence level as a percentage: 0.95 -> "95%", 0.975 -> "97.5%".
    public static func percentLevel(_ level: Double) -> String {
        let pct = level * 100
        return (pct == pct.rounded() ? String(Int(pct)) : significant(pct, 4).trimmingZeros()) + "%"
    }

    /// `x` with exactly `decimals` digits after the point, rounded half away from zero
    /// (as printf's %.Nf for everyday values), e.g. fixed(2.5, 0) = "3".
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return significant(x) }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(x) * factor).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return "\(x)" }
        let digits = String(Int(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let sign = x < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + padded }
        let cut = padded.index(padded.endIndex, offsetBy: -decimals)
        return sign + padded[..<cut] + "." + padded[cut...]
    }

    /// `x` in scientific notation with `digits` significant digits, as printf's %.(digits-1)e:
    /// 7335829988 -> "7.34e+09".
    public static func scientific(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite, x != 0 else { return significant(x) }
        var exponent = Int(floor(log10(abs(x))))
        var mantissa = abs(x) / pow(10, Double(exponent))
        var text = fixed(mantissa, digits - 1)
        if text.hasPrefix("10") {
            exponent += 1
            mantissa /= 10
            text = fixed(mantissa, digits - 1)
        }
        let e = String(abs(exponent))
        return (x < 0 ? "-" : "") + text + "e" + (exponent < 0 ? "-" : "+") + (e.count < 2 ? "0" + e : e)
    }

    public static func integer(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : significant(x, 6)
    }
}

extension String {
    /// "97.50" -> "97.5", "95.0" -> "95".
    func trimmingZeros() -> String {
        guard contains(".") else { return self }
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
