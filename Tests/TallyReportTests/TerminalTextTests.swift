import Testing
@testable import TallyReport
import TallyPrimitives

@Suite("Terminal text: control characters shown, never sent")
struct TerminalTextTests {
    /// Turns `\u{HEX}` back into the character (what the reader is told was there).
    static func decode(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 2 < scalars.count, scalars[i + 1] == "u", scalars[i + 2] == "{",
               let close = scalars[(i + 3)...].firstIndex(of: "}"),
               let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 3)..<close])), radix: 16), let scalar = Unicode.Scalar(v) {
                out.append(scalar)
                i = close + 1
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    @Test func escapeSequencesAreVisible() {
        #expect(TerminalText.visible("\u{1B}[31mred\u{1B}[0m") == "\\u{1B}[31mred\\u{1B}[0m")
        #expect(TerminalText.visible("a\u{9B}2J") == "a\\u{9B}2J")
        #expect(TerminalText.visible("bell\u{07}") == "bell\\u{7}")
        #expect(TerminalText.visible("evil\u{202E}txt") == "evil\\u{202E}txt")
        #expect(TerminalText.visible("two\nlines") == "two\\u{A}lines")
        #expect(TerminalText.visible("two\nlines", keepingLineBreaks: true) == "two\nlines")
        #expect(TerminalText.visible("Свидетели Иеговы, 12 > 3") == "Свидетели Иеговы, 12 > 3")
    }

    /// Properties: no control character survives; text without one is unchanged; the escapes
    /// name exactly the characters that were there.
    @Test func nothingActiveSurvivesAndNothingIsLost() {
        for text in TextEscapingSamples.all {
            let shown = TerminalText.visible(text)
            #expect(!shown.unicodeScalars.contains(where: TerminalText.isControl), "\(text.debugDescription)")
            if !text.unicodeScalars.contains(where: TerminalText.isControl) { #expect(shown == text) }
            if !text.contains("\\u{") { #expect(Self.decode(shown) == text, "\(text.debugDescription)") }
            let kept = TerminalText.visible(text, keepingLineBreaks: true)
            #expect(!kept.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" })
        }
    }

    @Test func tablesForTerminalsShowControlsVisibly() {
        let table = ReportTable(title: "T\u{1B}]0;pwned\u{07}", columns: [.init("c\u{1B}", .left)], rows: [["\u{1B}[2J"]], notes: ["n\u{1B}"])
        let text = table.render(.table)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains("\u{07}"))
        #expect(text.contains("\\u{1B}[2J"))
    }
}
