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

    /// 1-2-5 ticks inside the domain; `dense` false keeps only powers of ten.
    public func ticks(dense: Bool) -> [Double] {
        var out: [Double] = []
        // A domain that is not positive and finite has no decades to mark (and would never end).
        guard domain.lower > 0, domain.upper.isFinite else { return out }
        var p = pow(10, floor(log10(domain.lower)))
        guard p > 0 else { return out }
        while p <= domain.upper * (1 + 1e-12), out.count < ChartLimits.maximumTicks {
            for m in dense ? [1.0, 2, 5] : [1.0] {
                let v = m * p
                if v >= domain.lower * (1 - 1e-12), v <= domain.upper * (1 + 1e-12) { out.append(v) }
            }
            p *= 10
        }
        return out
    }
}
