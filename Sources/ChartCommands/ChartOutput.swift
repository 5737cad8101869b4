import TallyCharts
import TallyCLI
import TallyRender
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Lays out, draws and writes a chart: every format rendered in memory first, then each file
/// written to a temporary name beside its destination and renamed, so that no output is ever left
/// half written. The alt text goes to a `.txt` file beside the first output, with the full list of
/// sources.
public enum ChartOutput {
    static func write(_ spec: ChartSpec, options: ChartOptions, sources: [String]) throws {
        guard !options.out.isEmpty else { throw CommandError.usage("name at least one output, e.g. --out chart.png") }
        let formats = options.out.map { ChartFormat(path: $0)! }
        // The same file named twice is refused before anything is drawn.
        try AtomicFiles.checkDistinct(options.out + [sidecarPath(options.out[0])])
        let drawn = try draw(spec, options: options, formats: formats, scale: options.pngScale, sources: sources)
        // The colours drawn, as readers with a colour-vision deficiency see them (`chart check-colors`).
        for alike in ColourCheck(spec: spec, theme: try options.resolvedTheme()).alike() {
            printError("warning: colour check: \(alike)")
        }
        var files: [(path: String, bytes: [UInt8])] = zip(options.out, drawn.files).map { ($0, $1.bytes) }
        files.append((sidecarPath(options.out[0]), Array(drawn.altText.utf8)))
        try AtomicFiles.write(files)
    }

    /// A chart drawn in memory: the bytes of each format asked for, and the alt text with every
    /// source (the `.txt` beside the outputs).
    public struct Drawn: Sendable {
        public var files: [(format: ChartFormat, bytes: [UInt8])]
        public var altText: String
    }

    /// Lays out and draws `spec` in each format; failures are thrown as `CommandError`.
    static func draw(_ spec: ChartSpec, options: ChartOptions, formats: [ChartFormat], scale: Double,
                     sources: [String]) throws -> Drawn {
        let theme = try options.resolvedTheme()
        do {
            try spec.validate(scale: options.pngScale)
        } catch {
            throw usageOrData(error, sizeProblem: isSizeProblem(spec, scale: options.pngScale))
        }
        if let logo = spec.logo, !FileManager.default.fileExists(atPath: logo) {
            throw CommandError.missingInput("--logo \(logo): no such file")
        }
        let measurer = PangoTextMeasurer()
        var scene: Scene
        do {
            scene = try ChartLayout.scene(spec: spec, theme: theme, measurer: measurer)
        } catch {
            throw CommandError.data("\(error)")
        }
        if let logo = spec.logo {
            // Above a story's bottom band (`SafeZone`), in the scene's height (a print column may have grown).
            let h = 28 * min(max(spec.width / 1200, 0.45), 1.6)
            let frame = SafeZone(width: scene.width, height: scene.height).logoFrame(width: scene.width, height: scene.height, logoHeight: h, margin: 32)
            scene.items.append(.image(path: logo, frame: frame))
        }
        var files: [(format: ChartFormat, bytes: [UInt8])] = []
        for format in formats {
            do {
                files.append((format, try CairoRenderer.render(scene, format: format, scale: scale,
                                                               svgText: options.svgText ?? spec.svgText ?? .outlines)))
            } catch {
                throw CommandError(.io, "\(format.rawValue): \(error)")
            }
        }
        var alt = scene.altText + "\n"
        if !sources.isEmpty { alt += "\nSources:\n" + sources.map { "- " + $0 }.joined(separator: "\n") + "\n" }
        return Drawn(files: files, altText: alt)
    }

    /// A size the user asked for (64) or a spec that cannot be drawn (65).
    static func usageOrData(_ error: ChartSpecError, sizeProblem: Bool) -> CommandError {
        CommandError(sizeProblem ? .usage : .data, "\(error)")
    }

    /// Whether the size or scale is what cannot be drawn (`ChartSpec.validateSize`: not finite,
    /// too small, over the pixel limits): a size option, so usage (64). Decided by the check that
    /// failed, never from the error's wording.
    static func isSizeProblem(_ spec: ChartSpec, scale: Double) -> Bool {
        (try? spec.validateSize(scale: scale)) == nil
    }

    /// `dir/name.png` -> `dir/name.txt`.
    static func sidecarPath(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + ".txt" }
        return String(path[..<dot]) + ".txt"
    }
}
