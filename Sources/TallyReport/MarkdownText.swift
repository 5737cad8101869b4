import TallyPrimitives

/// Text from data made literal in Markdown: whatever a source title or category label holds,
/// it renders as the same characters, never as a link, an image, emphasis, code, a heading,
/// a list, a table column or raw HTML.
///
/// `&`, `<` and `>` become entities (some renderers read "<0.001 ... >" as a tag and swallow a
/// table); the characters of inline syntax (``\ ` * _ { } [ ] ! | ~``) are backslash-escaped
/// everywhere (with `[` and `]` escaped, `(` and `)` can no longer form a link and stay as they
/// are); `#`, `+` and `-` are escaped at the start when a space, the end or the same character
/// follows (a heading, a list item or a rule; `-3.5` stays as it is), and the `.` after leading
/// digits when a space or the end follows ("1. ", an ordered list). Control characters, line
/// breaks included, are shown as `\u{HEX}` (see `TerminalText`), so one datum stays one line and
/// cannot start a block of its own. GitHub-flavoured renderers also turn bare addresses into
/// links (`https://...`, `www....`, `a@b.org`): the `:` before `//`, the colon of `mailto:` and
/// `xmpp:`, the `.` after a leading `www` and every `@` are escaped, so an address in data stays
/// text.
public enum MarkdownText {
    /// The characters backslash-escaped wherever they occur.
    static let inlineSyntax: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "!", "|", "~"]
    /// The characters that start a block at the beginning of a line.
    static let blockStarts: Set<Character> = ["#", "+", "-"]

    public static func escaped(_ text: String) -> String {
        let visible = TerminalText.visible(text)
        var out = ""
        out.reserveCapacity(visible.utf8.count)
        let characters = Array(visible)
        var atStart = true, leadingDigits = true
        for (i, c) in characters.enumerated() {
            if atStart, c == " " { out.append(c); continue }
            let next = i + 1 < characters.count ? characters[i + 1] : " "
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case _ where inlineSyntax.contains(c): out += "\\" + String(c)
            case _ where atStart && blockStarts.contains(c) && (next == " " || next == c): out += "\\" + String(c)
            case "." where leadingDigits && !atStart && next == " ": out += "\\."
            case "@": out += "\\@"
            case ":" where Self.startsAutolink(characters, colonAt: i): out += "\\:"
            case "." where Self.followsWWW(characters, i): out += "\\."
            default: out.append(c)
            }
            if !(c.isASCII && c.isNumber) { leadingDigits = false }
            atStart = false
        }
        return out
    }

    /// Whether the `:` at `i` makes an address a GFM renderer links: `scheme://` or `mailto:`/`xmpp:`.
    static func startsAutolink(_ c: [Character], colonAt i: Int) -> Bool {
        if i + 2 < c.count, c[i + 1] == "/", c[i + 2] == "/" { return true }
        let word = String(c[..<i].reversed().prefix { $0.isLetter }.reversed()).lowercased()
        return word == "mailto" || word == "xmpp"
    }

    /// Whether the `.` at `i` ends a `www` where GFM starts a link: at the start, after white
    /// space or after one of `* _ ~ (`.
    static func followsWWW(_ c: [Character], _ i: Int) -> Bool {
        guard i >= 3, String(c[(i - 3)..<i]).lowercased() == "www" else { return false }
        return i == 3 || c[i - 4].isWhitespace || "*_~(".contains(c[i - 4])
    }
}
