extension JoinpointRegression {
    /// How the number of joinpoints is chosen (see `JoinpointPermutationTest` and `Criterion`).
    public enum Method: String, Sendable, CaseIterable { case permutation, bic, bic3, wbic }

    /// The settings of one fit, with NCI's defaults where NCI has one.
    public struct Options: Sendable {
        public var minJoinpoints = 0
        /// nil: NCI's default from the number of observations (see `defaultMaximum`).
        public var maxJoinpoints: Int?
        public var minEnd = 2
        public var minBetween = 2
        /// WBIC by default, as NCI's Joinpoint 5: it needs one fit per placement, where the
        /// permutation test needs thousands (use it with a small --max-joinpoints).
        public var method: Method = .wbic
        public var permutations = 4499
        public var alpha = 0.05
        public var seed: UInt64 = 20_261_128
        public var level = 0.95
        public var workers = 2
        /// Bytes of placement designs held at once in the permutation test (see
        /// `permutationBatchBytes`); results do not depend on it.
        public var batchBytes = JoinpointRegression.permutationBatchBytes
        public init() {}
    }
}
