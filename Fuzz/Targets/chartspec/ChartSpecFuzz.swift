import TallyCharts
import TallyData
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// libFuzzer entry point: the bytes as a `chart render` spec, read as the command reads it
/// (Tally's strict `JSONParser` first, which refuses repeated keys and deep nesting, then
/// `JSONDecoder`), checked for a PNG at scale 2 (`validate(scale:)`), laid out to a `Scene` with
/// the estimating text measurer (no Cairo) and described as alt text. A scene must be drawable:
/// every coordinate finite (a NaN would reach the SVG as `NaN` and Cairo as nothing). The theme
/// is a built-in one picked by the input's length, so an input reproduces with the same theme.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChartSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    guard case .object? = try? JSONParser.parse(bytes),
          let spec = try? JSONDecoder().decode(ChartSpec.self, from: Data(bytes)) else { return 0 }
    guard (try? spec.validate(scale: 2)) != nil else { return 0 }
    let themes = [Theme.report, Theme.press, Theme.dark]
    let theme = themes[size % themes.count]
    guard let scene = try? ChartLayout.scene(spec: spec, theme: theme, measurer: EstimatingTextMeasurer()) else { return 0 }
    _ = AltText.describe(spec)
    precondition(scene.width.isFinite && scene.height.isFinite && scene.width > 0 && scene.height > 0,
                 "scene size \(scene.width) x \(scene.height)")
    for item in scene.items {
        let numbers: [Double]
        switch item {
        case .rect(let r, _), .image(_, let r): numbers = [r.x, r.y, r.width, r.height]
        case .line(let a, let b, _, let width, _): numbers = [a.x, a.y, b.x, b.y, width]
        case .polyline(let points, _, let width, _): numbers = points.flatMap { [$0.x, $0.y] } + [width]
        case .polygon(let points, _): numbers = points.flatMap { [$0.x, $0.y] }
        case .marker(let p, _, let size, _, _): numbers = [p.x, p.y, size]
        case .text(let t): numbers = [t.x, t.y, t.font.size]
        }
        precondition(numbers.allSatisfy(\.isFinite), "a scene item with a coordinate that is not finite: \(item)")
    }
    return 0
}
