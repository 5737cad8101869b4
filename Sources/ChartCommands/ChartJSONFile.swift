import TallyCharts
import TallyCLI
import TallyData
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a JSON file someone sent (a chart spec or a theme) into a `Decodable` value: at most
/// `limit` bytes (`CappedFile`), checked by Tally's strict JSON reader first (repeated keys,
/// nesting depth, string length; errors at line and column), then decoded with errors that
/// name the JSON path. Every failure names the file; data (65), or missing input (66).
enum ChartJSONFile {
    static func decode<T: Decodable>(_ type: T.Type, path: String, limit: Int, what: String,
                                     allowedKeys: [String]? = nil) throws -> T {
        let bytes = try CappedFile.read(path, limit: limit, what: what)
        let shown = SafeText.clean(path)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw CommandError.data("\(shown): not a valid \(what): \(SafeText.clean(error.description))")
        }
        guard case .object(let members) = document else {
            throw CommandError.data("\(shown): not a valid \(what): expected a JSON object {...}")
        }
        if let allowedKeys, let unknown = members.first(where: { !allowedKeys.contains($0.0) }) {
            throw CommandError.data("\(shown): \(SafeText.clean(String(unknown.0.prefix(80)))): not a \(what) field; known fields: \(allowedKeys.joined(separator: ", "))")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw CommandError.data("\(shown): not a valid \(what): \(DecodingProblem.describe(error))")
        }
    }
}

/// Theme files (`--theme FILE`): at most `ChartLimits.maximumThemeBytes`, only the known keys,
/// every value in range (`ThemeFile.validate`).
enum ThemeFileReader {
    static func load(_ path: String) throws -> Theme {
        let shown = SafeText.clean(path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError.missingInput("--theme \(shown): not a built-in theme (report, press, dark) and no such file")
        }
        let file = try ChartJSONFile.decode(ThemeFile.self, path: path, limit: ChartLimits.maximumThemeBytes,
                                            what: "theme file", allowedKeys: ThemeFile.fields)
        do {
            try file.validate()
        } catch {
            throw CommandError.data("\(shown): \(error)")
        }
        guard let theme = file.theme(name: path) else {
            throw CommandError.data("\(shown): unknown base theme; use report, press or dark")
        }
        return theme
    }
}
