import Testing
@testable import TallyReport
import TallyPrimitives

@Suite("Markdown text: data renders literally")
struct MarkdownTextTests {
    /// What a CommonMark renderer shows for text that holds no markup: backslash escapes of ASCII
    /// punctuation and the three entities undone.
    static func rendered(_ markdown: String) -> String {
        var out = ""
        var chars = Array(markdown)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "\\", let next = chars.first, next.isASCII, next.isPunctuation || next.isSymbol {
                out.append(next)
                chars = chars.dropFirst()
            } else if c == "&" {
                let rest = String(chars.prefix(4))
                if rest.hasPrefix("amp;") { out += "&"; chars = chars.dropFirst(4) }
                else if rest.hasPrefix("lt;") { out += "<"; chars = chars.dropFirst(3) }
                else if rest.hasPrefix("gt;") { out += ">"; chars = chars.dropFirst(3) }
                else { out.append(c) }
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// True when `c` at offset `i` of `s` is preceded by an odd number of backslashes.
    static func isEscaped(_ s: [Character], _ i: Int) -> Bool {
        var n = 0, j = i - 1
        while j >= 0, s[j] == "\\" { n += 1; j -= 1 }
        return n % 2 == 1
    }

    @Test func linksImagesAndHTMLStayText() {
        #expect(MarkdownText.escaped("[click](javascript:alert(1))") == "\\[click\\](javascript:alert(1))")
        #expect(MarkdownText.escaped("![x](http://e/x.png)") == "\\!\\[x\\](http\\://e/x.png)")
        #expect(MarkdownText.escaped("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownText.escaped("a|b") == "a\\|b")
        #expect(MarkdownText.escaped("**b** _i_ `c`") == "\\*\\*b\\*\\* \\_i\\_ \\`c\\`")
    }

    @Test func blockStartsOnlyWhereTheyStartABlock() {
        #expect(MarkdownText.escaped("# title") == "\\# title")
        #expect(MarkdownText.escaped("- item") == "\\- item")
        #expect(MarkdownText.escaped("---") == "\\---")
        #expect(MarkdownText.escaped("1. item") == "1\\. item")
        #expect(MarkdownText.escaped("-3.5") == "-3.5")
        #expect(MarkdownText.escaped("2015-06-01") == "2015-06-01")
        #expect(MarkdownText.escaped("12.5%") == "12.5%")
        #expect(MarkdownText.escaped("a - b #1") == "a - b #1")
    }

    @Test func addressesAreNotTurnedIntoLinks() {
        #expect(MarkdownText.escaped("see https://evil.example/x") == "see https\\://evil.example/x")
        #expect(MarkdownText.escaped("www.evil.example") == "www\\.evil.example")
        #expect(MarkdownText.escaped("mailto:a@evil.example") == "mailto\\:a\\@evil.example")
        #expect(MarkdownText.escaped("Sources (3): a.www.b") == "Sources (3): a.www.b")
    }

    @Test func controlCharactersAndLineBreaksCannotStartABlock() {
        #expect(MarkdownText.escaped("a\n# b") == "a\\\\u\\{A\\}# b")
        #expect(!MarkdownText.escaped("x\n\n<b>").contains("\n"))
    }

    /// Properties: rendered, the Markdown shows the data's characters (controls as visible
    /// escapes); no `[ ] * _ ` | ~ !` or backslash is left unescaped; no `<` or line break at all.
    @Test func rendersLiterally() {
        for text in TextEscapingSamples.all {
            let md = MarkdownText.escaped(text)
            #expect(Self.rendered(md) == TerminalText.visible(text), "\(text.debugDescription) -> \(md.debugDescription)")
            let chars = Array(md)
            for (i, c) in chars.enumerated() where "[]*_`|~!{}".contains(c) {
                #expect(Self.isEscaped(chars, i), "\(text.debugDescription) -> \(md.debugDescription)")
            }
            #expect(!md.contains("<") && !md.contains(">") && !md.contains("\n") && !md.contains("\r"))
        }
    }

    @Test func reportTablesUseIt() {
        let table = ReportTable(title: "[t](javascript:x)", columns: [.init("c", .left)], rows: [["<b>x</b>|y"]], notes: ["![i](http://e/i.png)"])
        let md = table.render(.markdown)
        #expect(md.contains("**\\[t\\](javascript:x)**"))
        #expect(md.contains("| &lt;b&gt;x&lt;/b&gt;\\|y |"))
        #expect(md.contains("- \\!\\[i\\](http\\://e/i.png)"))
    }
}
