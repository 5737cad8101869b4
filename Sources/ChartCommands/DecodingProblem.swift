import TallyCharts

/// A `DecodingError` as one line naming the JSON path of the field and what was expected
/// (`series[0].points[3].time: expected a number`), instead of Swift's description of the
/// error value. Text from the file is never echoed raw (`SafeText`, at most 80 characters).
enum DecodingProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return SafeText.clean(String("\(error)".prefix(200))) }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type))" + example(context.codingPath.last)
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type)), found null" + example(context.codingPath.last)
        case .keyNotFound(let key, let context):
            // Our own decoders say what to give instead (`time` or `year`); Swift's says only
            // that the key is absent.
            let own = context.debugDescription.hasPrefix("give ") ? "; " + SafeText.clean(String(context.debugDescription.prefix(160))) : ""
            return "\(path(context.codingPath + [key])): missing" + (own.isEmpty ? "; this field is required" + example(key) : own)
        case .dataCorrupted(let context):
            let what = SafeText.clean(String(context.debugDescription.prefix(80)))
            return context.codingPath.isEmpty ? "not valid JSON: \(what)" : "\(path(context.codingPath)): \(what)"
        @unknown default:
            return SafeText.clean(String("\(error)".prefix(200)))
        }
    }

    /// What to write for the fields a spec must have or most often gets wrong, e.g.
    /// `; write "source": "Who published the figures"`.
    static func example(_ key: (any CodingKey)?) -> String {
        guard let key, key.intValue == nil else { return "" }
        let examples = [
            "kind": #""kind": "line" (or area, bar, share)"#,
            "title": #""title": "Recognised political prisoners""#,
            "source": #""source": "Who published the figures""#,
            "series": #""series": [{"id": "total", "label": "Total", "points": [...]}]"#,
            "id": #""id": "total""#,
            "label": #""label": "Total""#,
            "points": #""points": [{"year": 2024, "month": 6, "value": 767}]"#,
            "value": #""value": 767"#,
            "time": #""year": 2024 (with "month" and "day" when published), or "time": 2024.5"#,
            "year": #""year": 2024"#,
            "month": #""month": 6"#,
            "day": #""day": 10"#,
            "text": #""text": "767 in June 2024""#,
        ]
        return examples[key.stringValue].map { "; write " + $0 } ?? ""
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
