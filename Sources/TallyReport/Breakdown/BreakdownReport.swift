import TallyData
import TallyPrimitives
import TallyStats

/// What `stats breakdown` prints: a paragraph that says what drove the change, the composition on
/// each date, the changes between the first and last date ranked by contribution, and the
/// chi-square test, with the data package's caveats. The figures are described once (`BreakdownColumns`).
public struct BreakdownReport: Sendable {
    public var dataset: Dataset
    public var selection: CompositionSelection
    public var breakdown: CompositionBreakdown
    public var withIntervals: Bool
    /// Selected parts with no published counts: "no data", never zero shares.
    public var partsWithoutData: [Category]
    /// The sentences the data package asks a breakdown to carry (what kind of count this is, and
    /// so what the test and intervals mean); none for a tidy CSV.
    public var caveats: [String]
    /// The chi-square test's level: the paragraph says the composition changed only when p < alpha.
    public var alpha: Double

    public init(dataset: Dataset, selection: CompositionSelection, level: Double, intervals: Bool, partsWithoutData: [Category],
                caveats: [String], alpha: Double = 0.05) {
        self.dataset = dataset
        self.caveats = caveats
        self.alpha = alpha
        self.selection = selection
        self.withIntervals = intervals
        self.partsWithoutData = partsWithoutData
        breakdown = CompositionBreakdown(
            parts: selection.parts.map(\.id),
            dates: selection.entries.map { e in (e.date.description, e.whole.map { Double($0.count) }, e.parts.map { Double($0.count) }) },
            level: level, intervals: intervals)
    }

    /// "Between 2018-03-01 and 2023-10, Persecuted for their religion grew from 97 to 420 ..."
    public var paragraph: String {
        BreakdownParagraph(breakdown: breakdown, parent: wholeInWords, label: label, alpha: alpha,
                           changes: rankedChanges, unstable: stability).text
    }

    /// The whole in a sentence: its label, or "the sum of the parts" when no series is the whole
    /// (never the stand-in's id, which is no category of the dataset).
    var wholeInWords: String {
        selection.wholeIsSumOfParts ? "the \(PartsOfAWhole.sumOfPartsLabel)" : selection.parent.label("en")
    }

    /// The whole's column in the composition table: its id, or "sum of the parts".
    var wholeColumn: String { selection.wholeIsSumOfParts ? PartsOfAWhole.sumOfPartsLabel : selection.parent.id }

    func label(_ id: String) -> String {
        id == "unattributed" ? "not attributed to a part" : (dataset.category(id)?.label("en") ?? id)
    }

    var chiSquare: StatisticGroup { BreakdownColumns.chiSquare(breakdown.test, alpha: alpha) }

    /// Whether contributions to the whole's change can be read (`ContributionStability`).
    var stability: ContributionStability? { ContributionStability(breakdown) }

    /// The changes by contribution, or by the size of the change when contributions are unstable.
    var rankedChanges: [CompositionBreakdown.Change] {
        stability == nil ? breakdown.changes : breakdown.changes.sorted { abs($0.absolute) > abs($1.absolute) }
    }

    public func tables() -> [ReportTable] {
        var tables = [compositionTable()]
        if !breakdown.changes.isEmpty, let first = breakdown.rows.first, let last = breakdown.rows.last {
            var notes = [stability?.note ?? "Contribution: the part's change divided by the whole's change (\(NumberText.integer(first.whole)) to \(NumberText.integer(last.whole))); contributions add up to 100%."]
            switch breakdown.test {
            case .value(let t):
                notes.append("Chi-square test of homogeneity across \(t.rowsUsed) dates and \(t.columnsUsed) categories (no continuity correction): X2 = \(NumberText.significant(t.statistic, 6)), df = \(t.degreesOfFreedom), p \(Self.pEquals(t.pValue))\(NumberText.pValue(t.pValue)).")
                if t.minimumExpected < 5 { notes.append("Some expected counts are below 5 (smallest \(NumberText.significant(t.minimumExpected, 3))): the chi-square approximation is rough.") }
            case .unavailable(let r):
                notes.append("Chi-square test not computed: \(r).")
            }
            let layout = BreakdownColumns.change(unstable: stability != nil)
            tables.append(ReportTable(title: "Changes from \(first.label) to \(last.label), ranked by \(stability == nil ? "contribution" : "size of change")",
                                      columns: layout.tableColumns, rows: layout.rows(rankedChanges), notes: notes))
        }
        return tables
    }

    /// "= " before a p-value written as a number, nothing before "<0.001".
    static func pEquals(_ p: Double?) -> String {
        p.map { NumberText.pValue($0).hasPrefix("<") ? "" : "= " } ?? ""
    }

    /// Dates as rows; for each part its count and share (the wide form people read).
    func compositionTable() -> ReportTable {
        let parent = selection.parent
        let date = BreakdownColumns.date(parent: wholeColumn)
        let cell = BreakdownColumns.cell
        var columns = date.tableColumns
        for p in selection.parts { columns += [.init(p.id)] + cell.tableColumns.dropFirst() }
        if breakdown.hasUnattributed { columns += [.init("unattributed")] + cell.tableColumns.dropFirst() }
        let rows = breakdown.rows.map { r -> [String] in
            var cells = date.rows([r])[0]
            for c in BreakdownColumns.cells(r, parts: breakdown.parts) { cells += cell.rows([c])[0] }
            if breakdown.hasUnattributed {
                cells += BreakdownColumns.unattributed(r).map { cell.rows([$0])[0] } ?? Array(repeating: "", count: cell.tableColumns.count)
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
        notes += selection.composition.notes
        notes += caveats
        let title = selection.wholeIsSumOfParts ? "Composition of \(wholeInWords)" : "Composition of \(parent.label("en")) [\(parent.id)]"
        return ReportTable(title: title, columns: columns, rows: rows, notes: notes)
    }

    /// One row per date and part (and the unattributed remainder where there is one).
    func csv() -> String {
        let cells = breakdown.rows.flatMap { r in BreakdownColumns.cells(r, parts: breakdown.parts) + [BreakdownColumns.unattributed(r)].compactMap { $0 } }
        return BreakdownColumns.cell.csv(cells)
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json().serialized()
        case .csv: return csv()
        case .markdown:
            return MarkdownText.escaped(paragraph) + "\n\n" + tables().map { $0.render(.markdown) }.joined(separator: "\n")
        case .table:
            return tables().map { $0.render(.table) }.joined(separator: "\n") + "\n" + TerminalText.visible(paragraph) + "\n"
        }
    }

    public func json() -> JSONValue {
        let date = BreakdownColumns.date(parent: wholeColumn)
        return .object([
            ("dataset", .string(dataset.name)),
            ("parent", selection.wholeIsSumOfParts ? .null : .string(selection.parent.id)),
            ("whole", .string(selection.composition.wholeLabel("en"))),
            ("parts", .array(selection.parts.map { .string($0.id) })),
            ("no_data", .array(partsWithoutData.map { .string($0.id) })),
            ("level", .number(breakdown.level)),
            ("paragraph", .string(paragraph)),
            ("dates", .array(breakdown.rows.map { r in
                .object(date.jsonMembers(r) + [
                    ("parts", .array(BreakdownColumns.cells(r, parts: breakdown.parts).map(BreakdownColumns.cell.json))),
                    ("unattributed", .optional(r.unattributed)), ("unattributed_share", .optional(r.unattributedShare)),
                ])
            })),
            ("changes", .array(rankedChanges.map(BreakdownColumns.change(unstable: stability != nil).json))),
            ("contributions_unstable", .bool(stability != nil)),
            ("chi_square", chiSquare.json),
            ("matches", .array(selection.matches.map { .string($0.description) })),
            ("skipped", .array(selection.skipped.map { s in .object([("date", .string(s.date.description)), ("missing", .array(s.missing.map { .string($0) }))]) })),
            ("notes", .array(selection.composition.notes.map { .string($0) })),
            ("note", caveats.isEmpty ? .null : .string(caveats.joined(separator: " "))),
        ])
    }
}
