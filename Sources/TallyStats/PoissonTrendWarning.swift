extension PoissonTrend {
    /// Something a reader of the (quasi-)Poisson figures should know, found while fitting and
    /// returned in `PoissonTrend.warnings`; TallyStats never prints it (the reports do).
    public enum Warning: Sendable, Equatable, CustomStringConvertible {
        /// Fewer than `minimumForDispersion` observations: the dispersion is estimated on
        /// n - 2 <= 2 degrees of freedom, so the quasi-Poisson intervals and the overdispersion
        /// test rest on one or two residuals' worth of information.
        case fewObservations(n: Int)
        /// The dispersion estimate phi = X^2 / (n - 2) is below 1: the counts vary less than a
        /// Poisson model expects. What was done: phi is used as estimated, not floored at 1, as
        /// statsmodels does with `scale='X2'`, so the quasi-Poisson standard error (the Poisson
        /// one times sqrt(phi)) is smaller and its intervals are narrower than the Poisson ones.
        case underdispersed(dispersion: Double)

        /// The fewest observations for which the dispersion is not flagged as resting on too few.
        public static let minimumForDispersion = 5

        /// A short name for machine-readable output (a JSON key or a CSV value).
        public var code: String {
            switch self {
            case .fewObservations: "few_observations"
            case .underdispersed: "underdispersed"
            }
        }

        public var description: String {
            switch self {
            case .fewObservations(let n):
                "only \(n) observations: the dispersion is estimated on \(n - 2) degree\(n - 2 == 1 ? "" : "s") of freedom, so the quasi-Poisson intervals and the overdispersion test are unreliable (\(Self.minimumForDispersion) or more observations are needed)"
            case .underdispersed:
                "the counts vary less than a Poisson model expects (dispersion below 1); the quasi-Poisson intervals use the dispersion as estimated and are narrower than the Poisson ones"
            }
        }
    }
}
