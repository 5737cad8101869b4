import ArgumentParser
import TallyCharts
import TallyCLI
import TallyData

public struct CheckColorsCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "check-colors",
        abstract: "Check that no two series' colours become alike for readers with protanopia, deuteranopia or tritanopia.",
        discussion: """
            With no selection, every colour of the theme's palette; with --category or --group, the \
            colours a line chart of those categories draws. Colours are simulated with Machado, Oliveira \
            and Fernandes (2009) at full severity and compared in CIELAB: a pair under ΔE*ab 15 (CIE76) is \
            named. Every chart drawn runs the same check and warns on stderr. Exit 0 either way.
            Examples:
              chart check-colors
              chart check-colors --theme brand.json
              chart check-colors --category political --category religious --category lgbt_extremism_convictions_cumulative
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var selection: SelectionOptions

    @Option(name: .long, help: "report, press or dark, or a theme file (JSON).")
    var theme: String = "report"

    func check() throws -> (ColourCheck, Theme) {
        // Parsed, not built empty: every option then has its default value.
        let options = try ChartOptions.parse(["--theme", theme])
        let resolved = try options.resolvedTheme()
        guard selection.group != nil || !selection.category.isEmpty || selection.all else {
            let palette = resolved.palette.map { ($0.hexRGB, $0) }
            return (ColourCheck(colours: palette), resolved)
        }
        let (spec, _) = try DataChart(dataset: dataset, selection: selection, options: options).build(kind: .line)
        return (ColourCheck(spec: spec, theme: resolved), resolved)
    }

    /// The report printed: the colours checked, then each pair alike or that none is.
    func report() throws -> String {
        let (check, theme) = try check()
        var lines = ["Colours checked (theme \(theme.name)): \(check.colours.count)"]
        lines += check.colours.map { "  \($0.colour.hexRGB)  \($0.label)" }
        let alike = check.alike()
        if alike.isEmpty {
            lines.append("No two colours alike under typical vision, protanopia, deuteranopia or tritanopia (every pair ΔE*ab at least \(ColourCheck.threshold), CIE76; Machado et al. 2009).")
        } else {
            lines += alike.map { "alike: " + $0.description }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func run() throws {
        // Labels are made safe by ColourCheck (SafeText), so nothing from data can drive the terminal.
        print(try report(), terminator: "")
    }
}

extension Color {
    /// `#RRGGBB`, for reports.
    var hexRGB: String {
        func h(_ x: Double) -> String {
            let s = String(Int((x * 255).rounded()), radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + h(r) + h(g) + h(b)
    }
}
