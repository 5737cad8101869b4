#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps values in `domain` linearly to pixels in `range`, with "nice" ticks (steps of 1, 2 or 5
/// times a power of ten, as in Heckbert's "Nice numbers for graph labels", Graphics Gems 1990).
public struct LinearScale: Sendable, Equatable {
    public var domain: (lower: Double, upper: Double)
    public var range: (lower: Double, upper: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    public func callAsFunction(_ v: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return (range.lower + range.upper) / 2 }
        return range.lower + (v - domain.lower) / span * (range.upper - range.lower)
    }

    /// The nice step for about `count` intervals over `span`.
    public static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, count > 0 else { return 1 }
        let raw = span / Double(count)
        let power = pow(10, floor(log10(raw)))
        let f = raw / power
        let nice: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        return nice * power
    }

    /// The axis top nearest above `maximum` (from zero) that nice steps reach in at most
    /// `maxIntervals` intervals: 1,500 in steps of 500 for 1,262, not 2,000 in steps of 1,000.
    /// Steps are 1, 2 or 5 times a power of ten, whole numbers when `wholeSteps` (counts of
    /// people are never ticked at 0.5); at least two intervals when a step allows it; among tops
    /// equally near, the one with fewer intervals.
    public static func niceTop(maximum: Double, maxIntervals: Int, wholeSteps: Bool) -> (step: Double, upper: Double) {
        guard maximum.isFinite, maximum > 0 else { return (1, 1) }
        let limit = max(2, maxIntervals)
        var best: (step: Double, upper: Double, intervals: Int)?
        let highest = Int(floor(log10(maximum))) + 1
        for power in (highest - 4)...highest {
            for multiple in [1.0, 2, 5] {
                let step = multiple * pow(10, Double(power))
                if wholeSteps && step < 1 { continue }
                let intervals = Int(ceil(maximum / step - 1e-9))
                guard intervals >= 1, intervals <= limit else { continue }
                let upper = Double(intervals) * step
                guard let b = best else { best = (step, upper, intervals); continue }
                // Two intervals or more when possible; then the nearest top; then fewer intervals.
                let better: Bool
                if (intervals >= 2) != (b.intervals >= 2) {
                    better = intervals >= 2
                } else if abs(upper - b.upper) > 1e-9 * upper {
                    better = upper < b.upper
                } else {
                    better = intervals < b.intervals
                }
                if better { best = (step, upper, intervals) }
            }
        }
        guard let best else { let step = niceStep(span: maximum, count: limit); return (step, ceil(maximum / step) * step) }
        return (best.step, best.upper)
    }

    /// Ticks at multiples of `step` inside the domain.
    public func ticks(step: Double) -> [Double] {
        guard step > 0 else { return [] }
        let first = ceil(domain.lower / step - 1e-9)
        let last = floor(domain.upper / step + 1e-9)
        guard last >= first, last - first < 1000 else { return [] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// The domain widened to whole steps of the nice step for about `count` ticks.
    public func niced(count: Int) -> LinearScale {
        let step = Self.niceStep(span: domain.upper - domain.lower, count: count)
        return LinearScale(domain: (floor(domain.lower / step) * step, ceil(domain.upper / step) * step), range: range)
    }
}

/// Maps positive values logarithmically; ticks at 1, 2 and 5 times powers of ten.
public struct LogScale: Sendable {
    public var domain: (lower: Double, upper: Double)
    public var range: (lower: Double, upper: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    public func callAsFunction(_ v: Double) -> Double {
        let a = log10(domain.lower), b = log10(domain.upper)
        guard b > a, v > 0 else { return range.lower }
        return range.lower + (log10(v) - a) / (b - a) * (range.upper - range.lower)
    }

    /// Domain widened to the nearest 1-2-5 values around it.
    public func niced() -> LogScale {
        func down(_ v: Double) -> Double {
            let p = pow(10, floor(log10(v)))
            return [5, 2, 1].map { $0 * p }.first { $0 <= v * (1 + 1e-12) } ?? p
        }
        func up(_ v: Double) -> Double {
            let p = pow(10, floor(log10(v)))
            return [1, 2, 5, 10].map { $0 * p }.first { $0 >= v * (1 - 1e-12) } ?? 10 * p
        }
        return LogScale(domain: (down(domain.lower), up(domain.upper)), range: range)
    }

    /// Ticks at `multiples` of each power of ten inside the domain, densest set first, keeping
    /// the densest that has at most `limit` ticks: 1-2-5, else 1-3, else powers of ten alone.
    public func ticks(atMost limit: Int) -> [Double] {
        for multiples in [[1.0, 2, 5], [1.0, 3]] {
            let t = ticks(multiples: multiples)
            if t.count <= limit { return t }
        }
        return ticks(multiples: [1])
    }

    /// 1-2-5 ticks inside the domain; `dense` false keeps only powers of ten.
    public func ticks(dense: Bool) -> [Double] {
        ticks(multiples: dense ? [1, 2, 5] : [1])
    }

    func ticks(multiples: [Double]) -> [Double] {
        var out: [Double] = []
        // A domain that is not positive and finite has no decades to mark (and would never end).
        guard domain.lower > 0, domain.upper.isFinite else { return out }
        var p = pow(10, floor(log10(domain.lower)))
        guard p > 0 else { return out }
        while p <= domain.upper * (1 + 1e-12), out.count < ChartLimits.maximumTicks {
            for m in multiples {
                let v = m * p
                if v >= domain.lower * (1 - 1e-12), v <= domain.upper * (1 + 1e-12) { out.append(v) }
            }
            p *= 10
        }
        return out
    }
}
