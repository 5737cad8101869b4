import TallyPrimitives

/// A chart described, not drawn: what to show (data, marks), how (scales, theme, size, locale)
/// and what it says about itself (title, source, notes, alt text). `ChartLayout` turns it into
/// a `Scene`. Codable, so `chart render SPEC.json` reads the same thing the flags build.
public struct ChartSpec: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// One line per series over time.
        case line
        /// Series stacked as areas over time.
        case area
        /// Bars per date, grouped or stacked, vertical or horizontal.
        case bar
        /// Stacked bars of each series' share of the dates' total (100%).
        case share
        /// Small multiples: one panel per series, each with its own axes (`facets`).
        case facets
        /// Each series' first figure against its latest, one line per series.
        case slope
        /// One cell per person of one figure (`waffle`).
        case waffle
        /// A headline number with its change, a sparkline and the source.
        case card

        /// Whether each series has a colour of its own (then no more series than the palette's
        /// colours); small multiples draw every panel in one colour.
        var coloursEachSeries: Bool { self == .line || self == .area || self == .bar || self == .share || self == .slope }
    }

    public var kind: Kind
    public var title: String
    public var subtitle: String?
    /// The source line; a chart without one is refused.
    public var source: String
    public var notes: [String]
    /// Alt text; generated from the data when nil.
    public var altText: String?
    /// Path of a PNG logo drawn in the footer.
    public var logo: String?
    public var series: [SeriesData]
    /// Labels of selected categories with no published counts: named in a note, never drawn as zero.
    public var noData: [String]
    public var width: Double
    public var height: Double
    public var locale: ChartLocale
    public var logScale: Bool
    public var horizontal: Bool
    public var stacked: Bool
    /// Series ids whose end labels are placed first.
    public var focus: [String]
    public var annotations: [Annotation]
    public var transparent: Bool
    /// What the data's publisher asks every chart of these series to say about what the counts
    /// mean (a data package's caveats): under the notes, and in the alt text.
    public var caveats: [String]
    /// The whole the series are parts of, where it is published: a share chart takes each part's
    /// share of it (of the parts' sum where it is missing or smaller than the sum, as `stats
    /// breakdown` does) and draws what the parts leave of it as a segment of its own.
    public var whole: SeriesData?
    /// How an SVG of this chart holds its text (`--svg-text` overrides it); nil: outlines.
    public var svgText: SVGTextStyle?
    /// Options of one kind of chart, each a nested object (nil: the kind's defaults).
    public var facets: FacetsOptions?
    public var waffle: WaffleOptions?
    /// Highlighted series and shaded periods, drawn over any kind with a time axis.
    public var overlays: Overlays?

    public init(kind: Kind, title: String, subtitle: String? = nil, source: String, notes: [String] = [],
                altText: String? = nil, logo: String? = nil, series: [SeriesData], noData: [String] = [],
                width: Double = 1200, height: Double = 675, locale: ChartLocale = .en, logScale: Bool = false,
                horizontal: Bool = false, stacked: Bool = true, focus: [String] = [], annotations: [Annotation] = [],
                transparent: Bool = false, caveats: [String] = [], whole: SeriesData? = nil) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.notes = notes
        self.altText = altText
        self.logo = logo
        self.series = series
        self.noData = noData
        self.width = width
        self.height = height
        self.locale = locale
        self.logScale = logScale
        self.horizontal = horizontal
        self.stacked = stacked
        self.focus = focus
        self.annotations = annotations
        self.transparent = transparent
        self.caveats = caveats
        self.whole = whole
        self.svgText = nil
    }

    enum CodingKeys: String, CodingKey {
        case kind, title, subtitle, source, notes, altText, logo, series, noData, width, height, locale
        case logScale, horizontal, stacked, focus, annotations, transparent, caveats, whole, svgText
        case facets, waffle, overlays
    }

    /// Reads a spec, with defaults for everything but kind, title, source and series.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try Self.decodeChoice(Kind.self, c, .kind) ?? .line
        title = try c.decode(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        source = try c.decode(String.self, forKey: .source)
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        altText = try c.decodeIfPresent(String.self, forKey: .altText)
        logo = try c.decodeIfPresent(String.self, forKey: .logo)
        series = try c.decode([SeriesData].self, forKey: .series)
        noData = try c.decodeIfPresent([String].self, forKey: .noData) ?? []
        width = try c.decodeIfPresent(Double.self, forKey: .width) ?? 1200
        height = try c.decodeIfPresent(Double.self, forKey: .height) ?? 675
        locale = try Self.decodeChoice(ChartLocale.self, c, .locale, required: false) ?? .en
        logScale = try c.decodeIfPresent(Bool.self, forKey: .logScale) ?? false
        horizontal = try c.decodeIfPresent(Bool.self, forKey: .horizontal) ?? false
        stacked = try c.decodeIfPresent(Bool.self, forKey: .stacked) ?? true
        focus = try c.decodeIfPresent([String].self, forKey: .focus) ?? []
        annotations = try c.decodeIfPresent([Annotation].self, forKey: .annotations) ?? []
        transparent = try c.decodeIfPresent(Bool.self, forKey: .transparent) ?? false
        caveats = try c.decodeIfPresent([String].self, forKey: .caveats) ?? []
        whole = try c.decodeIfPresent(SeriesData.self, forKey: .whole)
        svgText = try Self.decodeChoice(SVGTextStyle.self, c, .svgText, required: false)
        facets = try c.decodeIfPresent(FacetsOptions.self, forKey: .facets)
        waffle = try c.decodeIfPresent(WaffleOptions.self, forKey: .waffle)
        overlays = try c.decodeIfPresent(Overlays.self, forKey: .overlays)
    }

    /// One of an enumeration's names; an unknown one is refused with the names accepted (not
    /// echoed: it may hold anything).
    static func decodeChoice<K: CodingKey, T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ c: KeyedDecodingContainer<K>, _ key: K, required: Bool = true
    ) throws -> T? where T.RawValue == String {
        guard required || c.contains(key) else { return nil }
        let name = try c.decode(String.self, forKey: key)
        guard let value = T(rawValue: name) else {
            let names = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "expected one of \(names)")
        }
        return value
    }
}

/// One series: its points in time order.
public struct SeriesData: Sendable, Codable, Equatable {
    public var id: String
    public var label: String
    public var points: [DataPoint]
    public init(id: String, label: String, points: [DataPoint]) {
        self.id = id
        self.label = label
        self.points = points
    }

    /// The first point at each time (a spec may repeat a time; the first one is drawn).
    func pointsByTime() -> [Double: DataPoint] {
        var out: [Double: DataPoint] = [:]
        out.reserveCapacity(points.count)
        for p in points where out[p.time] == nil { out[p.time] = p }
        return out
    }
}

/// One published figure: when (decimal year, and the date as published), how many, how stated.
public struct DataPoint: Sendable, Codable, Equatable {
    /// The shared qualifier (TallyPrimitives), so that a chart marks a figure as a table does.
    public typealias Qualifier = FigureQualifier
    public var time: Double
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var value: Double
    public var qualifier: Qualifier

    public init(time: Double, year: Int, month: Int? = nil, day: Int? = nil, value: Double, qualifier: Qualifier = .exact) {
        self.time = time
        self.year = year
        self.month = month
        self.day = day
        self.value = value
        self.qualifier = qualifier
    }

    enum CodingKeys: String, CodingKey { case time, year, month, day, value, qualifier }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let given = try c.decodeIfPresent(Double.self, forKey: .time)
        month = try Self.decodeWhole(c, .month)
        day = try Self.decodeWhole(c, .day)
        if let given {
            time = given
            // Without a year, the year of `time`; a time out of range gives year 0, which
            // `validate` refuses after naming the time itself.
            year = try Self.decodeWhole(c, .year) ?? (ChartLimits.timeRange.contains(given) ? Int(given) : 0)
        } else {
            // Without `time`, the middle of the period year/month/day names (`DecimalTime`).
            guard let y = try Self.decodeWhole(c, .year) else {
                throw DecodingError.keyNotFound(CodingKeys.time, .init(codingPath: c.codingPath,
                    debugDescription: "give \"year\" (with \"month\" and \"day\" when published) or \"time\" as a decimal year"))
            }
            year = y
            time = DecimalTime.middle(year: y, month: month, day: day)
        }
        value = try c.decode(Double.self, forKey: .value)
        qualifier = try ChartSpec.decodeChoice(Qualifier.self, c, .qualifier, required: false) ?? .exact
    }

    /// A whole number read as a Double first, so that 1e20 or 2.5 is refused with the field
    /// named (the decoder's own error for an integer overflow names neither field nor value).
    static func decodeWhole(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int? {
        guard let v = try c.decodeIfPresent(Double.self, forKey: key) else { return nil }
        guard v.isFinite, v == v.rounded(), abs(v) < 1e9 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(v), expected a whole number (a year from 1 to 9999, a month from 1 to 12, a day from 1 to 31)")
        }
        return Int(v)
    }

    var marker: MarkerShape {
        switch qualifier {
        case .exact: return .filledCircle
        case .approx, .closeTo: return .hollowCircle
        case .atLeast, .moreThan: return .hollowTriangle
        }
    }
}

/// A short text pointing at one point of a series ("50 in June 2015"). The date is given at a
/// precision (a year, a month or a day: `year`, `month`, `day`; without them, the year of
/// `time`), and the series must have a figure within it: an annotation is never moved to a figure
/// of another period (`ChartSpec.checkAnnotations`).
public struct Annotation: Sendable, Codable, Equatable {
    public var series: String
    public var time: Double
    public var text: String
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public init(series: String, time: Double, text: String, year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.series = series
        self.time = time
        self.text = text
        self.year = year
        self.month = month
        self.day = day
    }
}

/// A spec that cannot be drawn, with what to change.
public struct ChartSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
