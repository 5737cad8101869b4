import TallyData
import TallyPrimitives
import TallyStats

/// What `stats breakdown` prints: a paragraph that says what drove the change, the composition on
/// each date, the changes between the first and last date ranked by contribution, and the
/// chi-square test, with the census caveat.
public struct BreakdownReport: Sendable {
    public var dataset: Dataset
    public var selection: CompositionSelection
    public var breakdown: CompositionBreakdown
    public var withIntervals: Bool
    /// Selected parts with no published counts: "no data", never zero shares.
    public var partsWithoutData: [Category]

    public init(dataset: Dataset, selection: CompositionSelection, level: Double, intervals: Bool, partsWithoutData: [Category]) {
        self.dataset = dataset
        self.selection = selection
        self.withIntervals = intervals
        self.partsWithoutData = partsWithoutData
        breakdown = CompositionBreakdown(
            parts: selection.parts.map(\.id),
            dates: selection.entries.map { e in (e.date.description, e.whole.map { Double($0.count) }, e.parts.map { Double($0.count) }) },
            level: level, intervals: intervals)
    }

    public static let censusNote = "Memorial's lists are a census of recognised cases, not a random sample: the chi-square test and the intervals describe how the composition moved between dates, not sampling error."

    func label(_ id: String) -> String {
        id == "unattributed" ? "not attributed to a part" : (dataset.category(id)?.label("en") ?? id)
    }

    static func pct(_ share: Double) -> String { NumberText.fixed(share * 100, 1) + "%" }

    /// "Between 2018-03-01 and 2023-10, Persecuted for their religion grew from 97 to 420 ..."
    public var paragraph: String {
        guard let first = breakdown.rows.first, let last = breakdown.rows.last, breakdown.rows.count >= 2 else {
            return breakdown.rows.isEmpty
                ? "No date has a figure for every part of \(selection.parent.label("en")); nothing to compare."
                : "Only one date (\(breakdown.rows[0].label)) has a figure for every part; there is no change to describe."
        }
        var s = "Between \(first.label) and \(last.label), \(selection.parent.label("en")) went from \(NumberText.integer(first.whole)) to \(NumberText.integer(last.whole))"
        if first.wholeIsSumOfParts || last.wholeIsSumOfParts { s += " (counting the parts' sum where the whole was not published or was below its parts)" }
        s += "."
        let ranked = breakdown.changes.filter { $0.part != "unattributed" }
        if let top = ranked.first {
            s += " \(label(top.part)) went from \(NumberText.integer(top.first)) to \(NumberText.integer(top.last))"
            if let fold = top.fold { s += " (\(NumberText.significant(fold, 3)) times)" }
            if let c = top.contribution { s += " and accounts for \(Self.pct(c)) of the change" }
            s += "."
        }
        for other in ranked.dropFirst() {
            s += " \(label(other.part)) went from \(NumberText.integer(other.first)) to \(NumberText.integer(other.last))"
            if let c = other.contribution { s += " (\(Self.pct(c)) of the change)" }
            s += "."
        }
        if case .value(let t) = breakdown.test {
            s += " The composition changed across the \(t.rowsUsed) dates compared (chi-square \(NumberText.significant(t.statistic, 4)) on \(t.degreesOfFreedom) df, p \(NumberText.pValue(t.pValue).hasPrefix("<") ? "" : "= ")\(NumberText.pValue(t.pValue)))."
        }
        return s
    }

    public func tables() -> [ReportTable] {
        let parts = selection.parts
        var columns: [ReportTable.Column] = [.init("date", .left), .init(selection.parent.id)]
        for p in parts { columns += [.init(p.id), .init("share")] }
        if breakdown.hasUnattributed { columns += [.init("unattributed"), .init("share")] }
        let rows = breakdown.rows.map { r -> [String] in
            var cells = [r.label, NumberText.integer(r.whole) + (r.wholeIsSumOfParts ? " (sum)" : "")]
            for (j, c) in r.counts.enumerated() {
                var share = Self.pct(r.shares[j])
                if let ci = r.intervals?[j] { share += " [\(NumberText.fixed(ci.lower * 100, 1)), \(NumberText.fixed(ci.upper * 100, 1))]" }
                cells += [NumberText.integer(c), share]
            }
            if breakdown.hasUnattributed {
                cells += [r.unattributed.map(NumberText.integer) ?? "", r.unattributedShare.map(Self.pct) ?? ""]
            }
            return cells
        }
        var notes: [String] = []
        if !partsWithoutData.isEmpty {
            notes.append("No data (no published counts; not zero shares): " + partsWithoutData.map { $0.label("en") }.joined(separator: ", ") + ".")
        }
        if breakdown.rows.contains(where: \.wholeIsSumOfParts) {
            notes.append("(sum): the whole was not published on that date, or was published as less than its parts add up to; shares are of the parts' sum.")
        }
        for r in breakdown.rows {
            if let p = r.publishedWholeBelowParts {
                notes.append("On \(r.label) the published whole, \(NumberText.integer(p)), is below its parts' sum \(NumberText.integer(r.whole)) (the source gives a bound or a rounded figure); the sum is used.")
            }
        }
        for m in selection.matches { notes.append("Matched: \(m).") }
        if !selection.skipped.isEmpty {
            notes.append("Left out (a part has no figure there): " + selection.skipped.map { "\($0.date) (\($0.missing.joined(separator: ", ")))" }.joined(separator: "; ") + ".")
        }
        if withIntervals { notes.append("Shares with \(NumberText.percentLevel(breakdown.level)) Wilson intervals in brackets.") }
        notes.append(Self.censusNote)
        var tables = [ReportTable(title: "Composition of \(selection.parent.label("en")) [\(selection.parent.id)]", columns: columns, rows: rows, notes: notes)]

        if !breakdown.changes.isEmpty, let first = breakdown.rows.first, let last = breakdown.rows.last {
            let changeRows = breakdown.changes.map { c in
                [c.part, NumberText.integer(c.first), NumberText.integer(c.last),
                 (c.absolute > 0 ? "+" : "") + NumberText.integer(c.absolute),
                 c.fold.map { NumberText.significant($0, 3) + "x" } ?? "-",
                 (c.shareChangePoints > 0 ? "+" : "") + NumberText.fixed(c.shareChangePoints, 1) + " pp",
                 c.contribution.map(Self.pct) ?? "-"]
            }
            var changeNotes = ["Contribution: the part's change divided by the whole's change (\(NumberText.integer(first.whole)) to \(NumberText.integer(last.whole))); contributions add up to 100%."]
            switch breakdown.test {
            case .value(let t):
                changeNotes.append("Chi-square test of homogeneity across \(t.rowsUsed) dates and \(t.columnsUsed) categories (no continuity correction): X2 = \(NumberText.significant(t.statistic, 6)), df = \(t.degreesOfFreedom), p \(NumberText.pValue(t.pValue).hasPrefix("<") ? "" : "= ")\(NumberText.pValue(t.pValue)).")
                if t.minimumExpected < 5 { changeNotes.append("Some expected counts are below 5 (smallest \(NumberText.significant(t.minimumExpected, 3))): the chi-square approximation is rough.") }
            case .unavailable(let r):
                changeNotes.append("Chi-square test not computed: \(r).")
            }
            tables.append(ReportTable(title: "Changes from \(first.label) to \(last.label), ranked by contribution",
                                      columns: [.init("category", .left), .init("first"), .init("last"), .init("change"),
                                                .init("fold"), .init("share change"), .init("contribution")],
                                      rows: changeRows, notes: changeNotes))
        }
        return tables
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv:
            var out = "date,category,count,share,share_lower,share_upper,whole,whole_is_sum\n"
            for r in breakdown.rows {
                for (j, p) in breakdown.parts.enumerated() {
                    let ci = r.intervals?[j]
                    out += [r.label, p, "\(r.counts[j])", "\(r.shares[j])", ci.map { "\($0.lower)" } ?? "", ci.map { "\($0.upper)" } ?? "",
                            "\(r.whole)", "\(r.wholeIsSumOfParts)"].map(CSVField.encode).joined(separator: ",") + "\n"
                }
                if let u = r.unattributed {
                    out += [r.label, "unattributed", "\(u)", "\(r.unattributedShare ?? 0)", "", "", "\(r.whole)", "false"].map(CSVField.encode).joined(separator: ",") + "\n"
                }
            }
            return out
        case .markdown:
            return MarkdownText.escaped(paragraph) + "\n\n" + tables().map { $0.render(.markdown) }.joined(separator: "\n")
        case .table:
            return tables().map { $0.render(.table) }.joined(separator: "\n") + "\n" + TerminalText.visible(paragraph) + "\n"
        }
    }

    public func json() -> JSONValue {
        .object([
            ("dataset", .string(dataset.name)),
            ("parent", .string(selection.parent.id)),
            ("parts", .array(selection.parts.map { .string($0.id) })),
            ("no_data", .array(partsWithoutData.map { .string($0.id) })),
            ("level", .number(breakdown.level)),
            ("paragraph", .string(paragraph)),
            ("dates", .array(breakdown.rows.map { r in
                .object([
                    ("date", .string(r.label)), ("whole", .number(r.whole)), ("whole_is_sum_of_parts", .bool(r.wholeIsSumOfParts)),
                    ("parts", .array(breakdown.parts.enumerated().map { j, p in
                        .object([("category", .string(p)), ("count", .number(r.counts[j])), ("share", .number(r.shares[j])),
                                 ("interval", r.intervals.map { TrendReport.interval($0[j]) } ?? .null)])
                    })),
                    ("unattributed", .optional(r.unattributed)), ("unattributed_share", .optional(r.unattributedShare)),
                ])
            })),
            ("changes", .array(breakdown.changes.map { c in
                .object([("category", .string(c.part)), ("first", .number(c.first)), ("last", .number(c.last)),
                         ("absolute", .number(c.absolute)), ("fold", .optional(c.fold)),
                         ("share_change_points", .number(c.shareChangePoints)), ("contribution", .optional(c.contribution))])
            })),
            ("chi_square", TrendReport.computed(breakdown.test) { t in [
                ("statistic", .number(t.statistic)), ("df", .int(t.degreesOfFreedom)), ("p_value", .number(t.pValue)),
                ("dates", .int(t.rowsUsed)), ("categories", .int(t.columnsUsed)), ("minimum_expected", .number(t.minimumExpected)),
                ("continuity_correction", .bool(false)),
            ] }),
            ("matches", .array(selection.matches.map { .string($0.description) })),
            ("skipped", .array(selection.skipped.map { s in .object([("date", .string(s.date.description)), ("missing", .array(s.missing.map { .string($0) }))]) })),
            ("note", .string(Self.censusNote)),
        ])
    }
}
