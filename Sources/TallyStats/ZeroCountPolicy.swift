/// What a log-scale model does with zero counts.
public enum ZeroCountPolicy: String, Sendable, CaseIterable {
    /// Leave zero counts out of the fit and report how many were left out.
    case exclude
    /// Refuse to fit when any count is zero.
    case refuse
}
