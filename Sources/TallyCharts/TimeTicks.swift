#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyPrimitives

/// Tick positions for a time axis in decimal years: whole years every 1, 2, 5, 10... years,
/// or months (every 1, 3, 6) for spans under about three years. The first candidate whose
/// labels fit without touching is kept (`fit`).
public struct TimeTicks: Sendable, Equatable {
    public struct Tick: Sendable, Equatable {
        public var time: Double
        public var year: Int
        public var month: Int?
    }

    /// Candidate tick sets, densest first, for the span `lower...upper`.
    public static func candidates(lower: Double, upper: Double) -> [[Tick]] {
        var sets: [[Tick]] = []
        // Times outside the calendar have no ticks (specs are validated first; this keeps the
        // integer conversions below from trapping whatever the caller passes).
        guard lower.isFinite, upper.isFinite, abs(lower) < 1e9, abs(upper) < 1e9 else { return sets }
        let span = upper - lower
        if span < 3.5 {
            for step in [1, 3, 6] {
                var ticks: [Tick] = []
                var y = Int(floor(lower)), m = 1
                while true {
                    let t = Double(y) + monthStart(y, m)
                    if t > upper + 1e-9 { break }
                    if t >= lower - 1e-9, (m - 1) % step == 0 { ticks.append(Tick(time: t, year: y, month: m == 1 ? nil : m)) }
                    m += 1
                    if m > 12 { m = 1; y += 1 }
                }
                sets.append(ticks)
            }
        }
        // Whole years: only the multiples of each step are visited, so the work is the number of
        // ticks, never the span; a step giving more than `ChartLimits.maximumTicks` is skipped
        // (its labels could not fit on any chart Tally draws).
        let first = Int(ceil(lower - 1e-9))
        let last = Int(floor(upper + 1e-9))
        guard last >= first else { return sets }
        for step in yearSteps {
            let from = first.roundedUp(toMultipleOf: step)
            guard from <= last, (last - from) / step < ChartLimits.maximumTicks else { continue }
            sets.append(stride(from: from, through: last, by: step).map { Tick(time: Double($0), year: $0, month: nil) })
        }
        return sets
    }

    /// Steps between year ticks, densest first.
    static let yearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]

    /// Fraction of the year before the first day of month `m`.
    static func monthStart(_ year: Int, _ m: Int) -> Double {
        Double(CivilCalendar.daysBefore(month: m, year: year)) / Double(CivilCalendar.daysIn(year: year))
    }
}

extension Int {
    /// The smallest multiple of `step` (positive) that is at least `self`.
    func roundedUp(toMultipleOf step: Int) -> Int {
        let r = ((self % step) + step) % step
        return r == 0 ? self : self + step - r
    }
}
