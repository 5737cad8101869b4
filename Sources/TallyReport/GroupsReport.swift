import TallyData

/// What `stats groups` prints: per group of the dataset, each of its series with who counts it and
/// on which measure, how many figures there are, their first and last dates, and the latest figure
/// with its source; a series or a group nobody counts says "no count published", with the reason.
public struct GroupsReport: Sendable {
    /// The words for a series with no figure: never a zero.
    public static let noCount = "no count published"

    public var dataset: Dataset
    public var groups: [Group]
    public var policy: SourcePolicy

    /// `groups` defaults to all of the dataset's groups; the latest figure is the last one `policy` keeps.
    public init(_ dataset: Dataset, groups: [Group]? = nil, policy: SourcePolicy = .preferOriginal) {
        self.dataset = dataset
        self.groups = groups ?? dataset.groups
        self.policy = policy
    }

    /// One series of one group.
    struct Line {
        var category: Category
        var isHeadline: Bool
        var figures: [Observation]
        var latest: TimeSeries.Point?
    }

    /// A group's series, its headline first, then in taxonomy order.
    func lines(of group: Group) -> [Line] {
        let ids = group.categories.filter { $0 == group.headline } + group.categories.filter { $0 != group.headline }
        return ids.map { id in
            Line(category: dataset.category(id) ?? Category(id: id), isHeadline: id == group.headline,
                 figures: dataset.observations(of: id), latest: dataset.series(id, policy: policy).points.last)
        }
    }

    /// Whether any series of the group has a figure.
    func isCounted(_ group: Group) -> Bool { group.categories.contains { !dataset.observations(of: $0).isEmpty } }

    public func table(language: String = "en") -> ReportTable {
        var rows: [[String]] = []
        var notes: [String] = []
        var cited: [String] = []
        var marks = Set<Qualifier>()
        for group in groups {
            let lines = lines(of: group)
            if lines.isEmpty { rows.append([group.id, "", "", "", Self.noCount, "", "", "", ""]) }
            for line in lines {
                let c = line.category
                let series = c.id + (line.isHeadline ? " *" : "")
                guard let latest = line.latest, let first = line.figures.map(\.date).min(),
                      let last = line.figures.map(\.date).max() else {
                    rows.append([group.id, series, c.countingBody ?? "", c.measure ?? "", Self.noCount, "", "", "", ""])
                    continue
                }
                marks.insert(latest.qualifier)
                if !cited.contains(latest.observation.source) { cited.append(latest.observation.source) }
                rows.append([group.id, series, c.countingBody ?? "", c.measure ?? "", String(line.figures.count),
                             first.description, last.description,
                             "\(latest.qualifier.mark)\(latest.count) (\(latest.date))", latest.observation.source])
            }
            let headline = group.headline.map { "headline \($0)" } ?? "no headline series"
            let counted = isCounted(group) ? "" : " No count published."
            notes.append("\(group.label(language)) (\(group.id)): \(headline).\(counted)\(group.note.map { " " + $0 } ?? "")")
            for line in lines where line.figures.isEmpty && isCounted(group) {
                notes.append("  \(line.category.id): \(Self.noCount). \(line.category.description ?? "")")
            }
        }
        notes.append("* the group's headline series. A category may belong to two groups. "
                     + "Measures: stock = people on the date; cumulative = counted since a start date; "
                     + "flow = counted over a period. Never add up or compare series of different measures or bodies.")
        let used = marks.filter { $0 != .exact }.sorted { $0.rawValue < $1.rawValue }
        if !used.isEmpty { notes.append("Marks: " + used.map { "\($0.mark) \($0.words)" }.joined(separator: "; ") + ".") }
        notes.append("Latest figure: the last one kept under the source policy (\(policy.rawValue)). Sources of the latest figures:")
        for id in cited {
            let s = dataset.sources[id]
            notes.append("  \(id): \(s?.publisher ?? "unknown")\(s.map { $0.url.isEmpty ? "" : " <\($0.url)>" } ?? "")")
        }
        return ReportTable(
            title: "\(dataset.title): groups",
            columns: [.init("group", .left), .init("series", .left), .init("counting body", .left), .init("measure", .left),
                      .init("figures"), .init("first"), .init("last"), .init("latest"), .init("source", .left)],
            rows: rows, notes: notes)
    }

    public func json() -> JSONValue {
        .object([
            ("dataset", .string(dataset.name)),
            ("source_policy", .string(policy.rawValue)),
            ("groups", .array(groups.map { group in
                .object([
                    ("id", .string(group.id)),
                    ("labels", .object(group.labels.keys.sorted().map { ($0, .string(group.labels[$0] ?? "")) })),
                    ("aliases", .array(group.aliases.map { .string($0) })),
                    ("headline", .optional(group.headline)),
                    ("status", .string(isCounted(group) ? "counted" : Self.noCount)),
                    ("note", .optional(group.note)),
                    ("series", .array(lines(of: group).map(json))),
                ])
            })),
        ])
    }

    private func json(_ line: Line) -> JSONValue {
        let c = line.category
        let source = line.latest.flatMap { dataset.sources[$0.observation.source] }
        return .object([
            ("category", .string(c.id)), ("label", .string(c.label("en"))), ("headline", .bool(line.isHeadline)),
            ("counting_body", .optional(c.countingBody)), ("measure", .optional(c.measure)),
            ("status", .string(line.figures.isEmpty ? Self.noCount : "counted")),
            ("reason", .optional(line.figures.isEmpty ? c.description : nil)),
            ("figures", .int(line.figures.count)),
            ("first_date", .optional(line.figures.map(\.date).min()?.description)),
            ("last_date", .optional(line.figures.map(\.date).max()?.description)),
            ("latest", line.latest.map { p in
                .object([
                    ("date", .string(p.date.description)), ("count", .int(p.count)),
                    ("qualifier", .string(p.qualifier.rawValue)), ("source", .string(p.observation.source)),
                    ("publisher", .optional(source?.publisher)), ("url", .optional(source?.url)),
                    ("quote", .optional(source?.quote)),
                ])
            } ?? .null),
        ])
    }
}
