import TallyCharts

/// A `DecodingError` as one line naming the JSON path of the field and what was expected
/// (`series[0].points[3].time: expected a number`), instead of Swift's description of the
/// error value. Text from the file is never echoed raw (`SafeText`, at most 80 characters).
enum DecodingProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return SafeText.clean(String("\(error)".prefix(200))) }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing; this field is required"
        case .dataCorrupted(let context):
            let what = SafeText.clean(String(context.debugDescription.prefix(80)))
            return context.codingPath.isEmpty ? "not valid JSON: \(what)" : "\(path(context.codingPath)): \(what)"
        @unknown default:
            return SafeText.clean(String("\(error)".prefix(200)))
        }
    }

    /// `series[0].points[3].time`; the whole document is `(top level)`.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue {
                out += "[\(i)]"
            } else {
                out += (out.isEmpty ? "" : ".") + SafeText.clean(String(key.stringValue.prefix(80)))
            }
        }
        return out.isEmpty ? "(top level)" : out
    }

    static func name(of type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number"
        case is Int.Type: return "a whole number"
        case is String.Type: return "text in quotes"
        case is Bool.Type: return "true or false"
        default: return "\(type)".hasPrefix("Array") ? "a list [...]" : "an object {...}"
        }
    }
}
