import TallyCharts
import TallyRender

/// A chart command that can draw in memory: the notebook runner parses a `chart ...` line into
/// one of these and asks for the bytes instead of files. The pixel limits are checked at the
/// scale asked for here, which is not always the command line's --scale.
public protocol ChartDrawing {
    /// Draws the chart in `formats`, PNG at `scale`.
    func draw(formats: [ChartFormat], scale: Double) throws -> ChartOutput.Drawn
}
