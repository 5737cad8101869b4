import TallyStats

/// When the whole barely moves, each part's contribution (its change over the whole's change)
/// divides by a number near zero: 900% and -550% say nothing a reader can use. The rule: when the
/// whole moves by less than a tenth of its parts' total absolute movement, contributions are
/// flagged as unstable and the changes are read in people instead. nil when contributions hold.
struct ContributionStability {
    /// |whole_last - whole_first|.
    var wholeMovement: Double
    /// The sum over the parts (and the unattributed remainder) of |part_last - part_first|.
    var partsMovement: Double

    /// The whole must move by at least this share of its parts' total movement.
    static let threshold = 0.1

    init?(_ b: CompositionBreakdown) {
        guard let first = b.rows.first, let last = b.rows.last, b.rows.count >= 2 else { return nil }
        wholeMovement = abs(last.whole - first.whole)
        partsMovement = b.changes.reduce(0) { $0 + abs($1.absolute) }
        guard wholeMovement < Self.threshold * partsMovement else { return nil }
    }

    /// The note under the changes table.
    var note: String {
        "Contributions not given: the whole moved by \(NumberText.integer(wholeMovement)), less than a tenth of its parts' total movement (\(NumberText.integer(partsMovement))), so each part's share of that change is unstable; read the changes in people instead."
    }

    /// The sentence in the paragraph.
    var sentence: String {
        "The whole moved by only \(NumberText.integer(wholeMovement)) while its parts moved by \(NumberText.integer(partsMovement)) in all, so shares of the whole's change would be unstable; the changes are given in people."
    }
}
