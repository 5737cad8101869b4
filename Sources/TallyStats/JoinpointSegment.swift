extension JoinpointRegression {
    /// One segment of the selected model, between two joinpoints (or an end of the series): its
    /// slope on the log scale and the annual percent change it stands for.
    public struct Segment: Sendable {
        /// The observations where the segment starts and ends (a joinpoint belongs to both
        /// segments it joins).
        public var startIndex: Int
        public var endIndex: Int
        /// Slope of ln(count) per year, b1 + d1 + ... + d(m-1) for segment m.
        public var slope: Double
        public var standardError: Double
        /// The slope's t interval (n - 2k - 2 degrees of freedom), conditional on the joinpoints.
        public var interval: ConfidenceInterval
        public var pValue: Double
        public var apc: Double { AnnualPercentChange.ofLogSlope(slope) }
        public var apcInterval: ConfidenceInterval { AnnualPercentChange.ofLogSlope(interval) }
    }
}
