import ArgumentParser
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
/// name the JSON path. Every failure is printed with the file's name; exit 65 (66 if missing).
enum ChartJSONFile {
    static func decode<T: Decodable>(_ type: T.Type, path: String, limit: Int, what: String,
                                     allowedKeys: [String]? = nil) throws -> T {
        let bytes = try CappedFile.read(path, limit: limit, what: what)
        let shown = SafeText.clean(path)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            printError("error: \(shown): not a valid \(what): \(SafeText.clean(error.description))")
            throw ExitCode(65)
        }
        guard case .object(let members) = document else {
            printError("error: \(shown): not a valid \(what): expected a JSON object {...}")
            throw ExitCode(65)
        }
        if let allowedKeys, let unknown = members.first(where: { !allowedKeys.contains($0.0) }) {
            printError("error: \(shown): \(SafeText.clean(String(unknown.0.prefix(80)))): not a \(what) field; known fields: \(allowedKeys.joined(separator: ", "))")
            throw ExitCode(65)
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            printError("error: \(shown): not a valid \(what): \(DecodingProblem.describe(error))")
            throw ExitCode(65)
        }
    }
}

/// Theme files (`--theme FILE`): at most `ChartLimits.maximumThemeBytes`, only the known keys,
/// every value in range (`ThemeFile.validate`).
enum ThemeFileReader {
    static func load(_ path: String) throws -> Theme {
        let shown = SafeText.clean(path)
        guard FileManager.default.fileExists(atPath: path) else {
            printError("error: --theme \(shown): not a built-in theme (report, press, dark) and no such file")
            throw ExitCode(66)
        }
        let file = try ChartJSONFile.decode(ThemeFile.self, path: path, limit: ChartLimits.maximumThemeBytes,
                                            what: "theme file", allowedKeys: ThemeFile.fields)
        do {
            try file.validate()
        } catch {
            printError("error: \(shown): \(error)")
            throw ExitCode(65)
        }
        guard let theme = file.theme(name: path) else {
            printError("error: \(shown): unknown base theme; use report, press or dark")
            throw ExitCode(65)
        }
        return theme
    }
}
