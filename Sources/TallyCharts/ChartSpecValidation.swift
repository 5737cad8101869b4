import TallyPrimitives
/// Every field of a spec checked before anything uses it: a spec may come from a file someone
/// sent (`chart render`), so a month of 13 or a time of 1e20 must be refused with the field named,
/// not reach an array index, an integer conversion or a loop over the span.
extension ChartSpec {
    /// The largest size accepted, in pixels a side at the scale drawn (`ChartLimits.maximumSide`).
    public static let maximumSide = ChartLimits.maximumSide

    /// Refuses specs that cannot make an honest chart, or that are outside `ChartLimits`; errors
    /// name the field as a JSON path (`series[0].points[3].month: 13, expected 1 to 12`).
    /// `scale` is the PNG scale the chart will be drawn at (pixel limits hold at that scale).
    public func validate(scale: Double = 1) throws(ChartSpecError) {
        try validateText()
        try validateSize(scale: scale)
        try validateSeries()
        try validateKindOptions()
        if series.allSatisfy({ $0.points.isEmpty }) {
            let names = noData.prefix(20).map { SafeText.clean(String($0.prefix(80))) }.joined(separator: ", ") + (noData.count > 20 ? ", ..." : "")
            throw ChartSpecError("nothing to draw: the selection has no published counts" + (noData.isEmpty ? "" : " (no data: \(names))"))
        }
        if logScale, series.contains(where: { $0.points.contains { $0.value <= 0 } }) {
            throw ChartSpecError("a log scale cannot show zero counts; drop --log")
        }
        try validateAnnotations()
        try checkAnnotations()
    }

    /// The size in CSS pixels, and the pixels drawn at `scale`.
    public func validateSize(scale: Double = 1) throws(ChartSpecError) {
        guard width.isFinite, height.isFinite else {
            throw ChartSpecError("size \(width)x\(height): width and height must be finite numbers of CSS pixels, at most \(Int(ChartLimits.maximumSide)) px a side")
        }
        guard width >= ChartLimits.minimumWidth, height >= ChartLimits.minimumHeight else {
            throw ChartSpecError("size \(ChartLimits.pixels(width))x\(ChartLimits.pixels(height)) is too small; at least \(Int(ChartLimits.minimumWidth))x\(Int(ChartLimits.minimumHeight))")
        }
        guard scale.isFinite, ChartLimits.scaleRange.contains(scale) else {
            throw ChartSpecError("scale \(scale): expected \(ChartLimits.scaleRange.lowerBound) to \(ChartLimits.scaleRange.upperBound) pixels per CSS pixel (at most \(Int(ChartLimits.maximumSide)) px a side)")
        }
        for s in Set([1, scale]) {
            if let problem = ChartLimits.pixelProblem(width: width, height: height, scale: s) { throw ChartSpecError(problem) }
        }
    }

    func validateText() throws(ChartSpecError) {
        if source.trimming(.whitespace).isEmpty {
            throw ChartSpecError("the chart has no source line; every chart must say where its numbers come from")
        }
        if title.trimming(.whitespace).isEmpty { throw ChartSpecError("the chart has no title") }
        try Self.checkLength(title, "title", ChartLimits.maximumTextLength)
        try Self.checkLength(subtitle ?? "", "subtitle", ChartLimits.maximumTextLength)
        try Self.checkLength(source, "source", ChartLimits.maximumTextLength)
        try Self.checkLength(altText ?? "", "altText", ChartLimits.maximumAltTextLength)
        try Self.checkLength(logo ?? "", "logo", ChartLimits.maximumTextLength)
        try Self.checkCount(notes.count, "notes", ChartLimits.maximumNotes, "notes")
        for (i, n) in notes.enumerated() { try Self.checkLength(n, "notes[\(i)]", ChartLimits.maximumTextLength) }
        try Self.checkCount(caveats.count, "caveats", ChartLimits.maximumNotes, "caveats")
        for (i, n) in caveats.enumerated() { try Self.checkLength(n, "caveats[\(i)]", ChartLimits.maximumTextLength) }
        try Self.checkCount(noData.count, "noData", ChartLimits.maximumNoData, "names")
        for (i, n) in noData.enumerated() { try Self.checkLength(n, "noData[\(i)]", ChartLimits.maximumLabelLength) }
        try Self.checkCount(focus.count, "focus", ChartLimits.maximumSeries, "ids")
        for (i, f) in focus.enumerated() { try Self.checkLength(f, "focus[\(i)]", ChartLimits.maximumLabelLength) }
    }

    func validateSeries() throws(ChartSpecError) {
        if series.count > ChartLimits.maximumSeries {
            throw ChartSpecError("series: \(series.count) series, at most \(ChartLimits.maximumSeries) in one chart; choose fewer (on the command line, with --category)")
        }
        var total = 0
        for (i, s) in series.enumerated() {
            let path = "series[\(i)]"
            try Self.checkLength(s.id, path + ".id", ChartLimits.maximumLabelLength)
            try Self.checkLength(s.label, path + ".label", ChartLimits.maximumLabelLength)
            try Self.checkCount(s.points.count, path + ".points", ChartLimits.maximumPointsPerSeries, "points")
            total += s.points.count
            if total > ChartLimits.maximumPoints {
                throw ChartSpecError("series: more than \(ChartLimits.maximumPoints) points in all, at most \(ChartLimits.maximumPoints) in one chart; draw fewer series or a shorter range")
            }
            for (j, p) in s.points.enumerated() { try p.validate(path: "\(path).points[\(j)]") }
        }
        // The whole is read like a series: the same limits, counted with the others' points.
        if let whole {
            try Self.checkLength(whole.id, "whole.id", ChartLimits.maximumLabelLength)
            try Self.checkLength(whole.label, "whole.label", ChartLimits.maximumLabelLength)
            try Self.checkCount(whole.points.count, "whole.points", ChartLimits.maximumPointsPerSeries, "points")
            if total + whole.points.count > ChartLimits.maximumPoints {
                throw ChartSpecError("whole: more than \(ChartLimits.maximumPoints) points in all, at most \(ChartLimits.maximumPoints) in one chart")
            }
            for (j, p) in whole.points.enumerated() { try p.validate(path: "whole.points[\(j)]") }
        }
    }

    func validateAnnotations() throws(ChartSpecError) {
        try Self.checkCount(annotations.count, "annotations", ChartLimits.maximumAnnotations, "annotations")
        for (i, a) in annotations.enumerated() {
            try Self.checkLength(a.series, "annotations[\(i)].series", ChartLimits.maximumLabelLength)
            try Self.checkLength(a.text, "annotations[\(i)].text", ChartLimits.maximumLabelLength)
            try DataPoint.checkTime(a.time, "annotations[\(i)].time")
            if let year = a.year, !ChartLimits.yearRange.contains(year) {
                throw ChartSpecError("annotations[\(i)].year: \(year), expected \(ChartLimits.yearRange.lowerBound) to \(ChartLimits.yearRange.upperBound)")
            }
            if let month = a.month, !(1...12).contains(month) { throw ChartSpecError("annotations[\(i)].month: \(month), expected 1 to 12") }
            if let day = a.day, !(1...31).contains(day) { throw ChartSpecError("annotations[\(i)].day: \(day), expected 1 to 31") }
        }
    }

    static func checkLength(_ text: String, _ path: String, _ limit: Int) throws(ChartSpecError) {
        // Count UTF-8 bytes first: a bound on them bounds the characters without walking a huge string.
        // Counted in Unicode scalars, not characters: one letter with 100,000 combining accents
        // is one character but 100,001 scalars, and text layout costs grow with the scalars.
        guard text.utf8.count > limit else { return }
        let n = text.unicodeScalars.count
        if n > limit {
            throw ChartSpecError("\(path): \(n) characters, at most \(limit); shorten it")
        }
    }

    static func checkCount(_ n: Int, _ path: String, _ limit: Int, _ what: String) throws(ChartSpecError) {
        if n > limit { throw ChartSpecError("\(path): \(n) \(what), at most \(limit)") }
    }
}

extension DataPoint {
    /// Checks time, date and value; `path` names the point in messages.
    func validate(path: String) throws(ChartSpecError) {
        try Self.checkTime(time, path + ".time")
        let years = ChartLimits.yearRange
        guard years.contains(year) else {
            throw ChartSpecError("\(path).year: \(year), expected a year from \(years.lowerBound) to \(years.upperBound)")
        }
        if let month, !(1...12).contains(month) {
            throw ChartSpecError("\(path).month: \(month), expected 1 to 12")
        }
        if let day {
            guard let month else { throw ChartSpecError("\(path).day: \(day) without a month; give the month too") }
            let last = Self.daysIn(month: month, year: year)
            guard (1...last).contains(day) else { throw ChartSpecError("\(path).day: \(day), expected 1 to \(last) for month \(month) of \(year)") }
        }
        let magnitude = abs(value)
        guard value.isFinite, magnitude <= ChartLimits.maximumValueMagnitude,
              magnitude == 0 || magnitude >= ChartLimits.minimumNonzeroMagnitude else {
            throw ChartSpecError("\(path).value: \(value), expected a finite number, 0 or of magnitude \(ChartLimits.minimumNonzeroMagnitude) to \(ChartLimits.maximumValueMagnitude)")
        }
    }

    static func checkTime(_ time: Double, _ path: String) throws(ChartSpecError) {
        let range = ChartLimits.timeRange
        guard time.isFinite, range.contains(time) else {
            throw ChartSpecError("\(path): \(time), expected a decimal year from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension ChartSpec {
    /// The spec with every text made safe for the outputs (`SafeText`): what the layout draws
    /// and what becomes the title, alt text and metadata.
    public func withSafeText() -> ChartSpec {
        var s = self
        s.title = SafeText.clean(title)
        s.subtitle = subtitle.map(SafeText.clean)
        s.source = SafeText.clean(source)
        s.notes = notes.map(SafeText.clean)
        s.altText = altText.map(SafeText.clean)
        s.noData = noData.map(SafeText.clean)
        for i in s.series.indices { s.series[i].label = SafeText.clean(series[i].label) }
        s.whole?.label = SafeText.clean(whole?.label ?? "")
        s.caveats = caveats.map(SafeText.clean)
        for i in s.annotations.indices { s.annotations[i].text = SafeText.clean(annotations[i].text) }
        return s.kindOptionsWithSafeText()
    }
}
