/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast, seedable generator. Used wherever Tally
/// needs reproducible randomness (permutation tests, synthetic case records); the seed is always
/// recorded in the output.
public struct SplitMix64: Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<n (n > 0), by remainder.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A number in [0, 1) with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
