import TallyStats

/// Every placement `JoinpointPlacements` visits, as a list, so that tests can compare the lazy
/// enumeration and its count with placements written out by hand.
func joinpointPlacements(n: Int, k: Int, minEnd: Int, minBetween: Int) -> [[Int]] {
    var out: [[Int]] = []
    JoinpointPlacements(n: n, k: k, minEnd: minEnd, minBetween: minBetween).forEach { out.append($0); return true }
    return out
}
