extension JoinpointRegression {
    /// The average annual percent change over [from, to] (decimal years): 100 (e^s - 1)
    /// (`AnnualPercentChange`), where s is the segments' slopes averaged with weights equal to
    /// the years each segment spends inside the range, with the t interval of s mapped the same
    /// way (NCI's AAPC).
    public struct AAPC: Sendable {
        public var from: Double
        public var to: Double
        public var value: Double
        public var interval: ConfidenceInterval
        public var pValue: Double
    }
}
