import TallyCharts
import TallyRender

/// A chart command that can draw in memory: the notebook runner parses a `chart ...` line into
/// one of these and asks for the bytes instead of files. The pixel limits are checked at the
/// scale asked for here, which is not always the command line's --scale.
public protocol ChartDrawing {
    /// Draws the chart in `formats`, PNG at `scale`.
    func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn
}

extension LineCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try DataChart(dataset: dataset, selection: selection, options: options).build(kind: .line, customise: customise)
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}

extension AreaCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try DataChart(dataset: dataset, selection: selection, options: options).build(kind: .area)
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}

extension BarCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try DataChart(dataset: dataset, selection: selection, options: options).build(kind: .bar, customise: customise)
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}

extension ShareCommand: ChartDrawing {
    public func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn {
        try options.checkPixels(scale: scale)
        let (spec, sources) = try DataChart(dataset: dataset, selection: selection, options: options).build(kind: .share, customise: customise)
        return try ChartOutput.draw(spec, options: options, formats: formats, scale: scale, sources: sources)
    }
}
