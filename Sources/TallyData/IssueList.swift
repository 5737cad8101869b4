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
        let kept = Self.inFileOrder(issues)
        guard omitted > 0 else { return kept }
        return kept + [ValidationIssue(omittedErrors > 0 ? .error : .warning, file: file,
            message: "... and at least \(omitted) more issues (at least \(omittedErrors) errors) not listed: Tally stops listing at \(DataLimits.maxIssues) (DataLimits.maxIssues); fix those above and validate again")]
    }

    /// This list and then `more`, leaving out any of `more` about a field already reported on the
    /// same line (two checks of one cell say one thing wrong).
    func merging(_ more: IssueList) -> IssueList {
        struct Place: Hashable { var file: String; var line: Int?; var field: String? }
        let reported = Set(issues.map { Place(file: $0.file, line: $0.line, field: $0.field) })
        var out = self
        var rest = IssueList()
        for m in more.issues where !reported.contains(Place(file: m.file, line: m.line, field: m.field)) { rest.append(m) }
        out.append(contentsOf: rest)
        // Issues `more` could not store may repeat ones already listed; they are counted as they are.
        out.addOmitted(more.omitted, errors: more.omittedErrors)
        return out
    }

    /// File order: by file, then line, then column (issues in one place keep their order).
    static func inFileOrder(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        issues.enumerated().sorted { a, b in
            let ka = (a.element.file, a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (b.element.file, b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }
}
