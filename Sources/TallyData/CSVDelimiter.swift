/// The byte between the fields of a tidy CSV. Spreadsheets set to a language that writes decimal
/// commas save CSV with `;`, and some tools save tab-separated text: a tidy CSV's delimiter is
/// read from its header, and the dataset says which one was used when it is not a comma.
enum CSVDelimiter {
    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let tab = UInt8(ascii: "\t")

    /// A comma when the header line holds one outside quotes; else `;` when it holds one; else a
    /// tab when it holds one; else a comma (a one-column header, refused later for its columns).
    static func detect(in bytes: [UInt8]) -> UInt8 {
        var seen = Set<UInt8>()
        var quoted = false
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // Empty lines before the header are skipped, as the reader skips them.
        while position < bytes.count, bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r") {
            position += 1
        }
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
                if b == comma || b == semicolon || b == tab { seen.insert(b) }
            }
            position += 1
        }
        for candidate in [comma, semicolon, tab] where seen.contains(candidate) { return candidate }
        return comma
    }

    /// "a comma", "a semicolon (;)", "a tab", for messages.
    static func name(_ delimiter: UInt8) -> String {
        switch delimiter {
        case comma: return "a comma"
        case semicolon: return "a semicolon (;)"
        case tab: return "a tab"
        default: return "'\(Character(Unicode.Scalar(delimiter)))'"
        }
    }
}
