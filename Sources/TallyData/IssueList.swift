/// Issues collected up to `DataLimits.maxIssues`; beyond it they are only counted, so that a file
/// with millions of bad rows costs no more memory than one with a thousand.
struct IssueList {
    private(set) var issues: [ValidationIssue] = []
    /// Issues seen after the limit was reached.
    private(set) var omitted = 0
    /// Errors among the omitted ones.
    private(set) var omittedErrors = 0

    init(_ issues: [ValidationIssue] = []) {
        for issue in issues { append(issue) }
    }

    var isFull: Bool { issues.count >= DataLimits.maxIssues }

    mutating func append(_ issue: ValidationIssue) {
        if isFull {
            omitted += 1
            if issue.severity == .error { omittedErrors += 1 }
        } else {
            issues.append(issue)
        }
    }

    mutating func append(contentsOf other: IssueList) {
        for issue in other.issues { append(issue) }
        omitted += other.omitted
        omittedErrors += other.omittedErrors
    }

    /// Takes in the count of issues another list could not store, which may repeat ones this list
    /// counted already (two checks of one field): the larger count is kept, a lower bound.
    mutating func addOmitted(_ count: Int, errors: Int) {
        omitted = max(omitted, count)
        omittedErrors = max(omittedErrors, errors)
    }

    /// The issues kept, in file order, followed (when some were left out) by one that says how many and why.
    func list(file: String) -> [ValidationIssue] {
        let kept = DatasetLoader.sorted(issues)
        guard omitted > 0 else { return kept }
        return kept + [ValidationIssue(omittedErrors > 0 ? .error : .warning, file: file,
            message: "... and at least \(omitted) more issues (at least \(omittedErrors) errors) not listed: Tally stops listing at \(DataLimits.maxIssues) (DataLimits.maxIssues); fix those above and validate again")]
    }
}
