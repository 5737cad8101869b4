import Testing
import TallyPrimitives

/// One way to trim a text, with the characters each reader trims named.
@Suite("Trimming")
struct TrimmingTests {
    @Test func spacesAndTabsByDefault() {
        #expect(" \t12 \t".trimming() == "12")
        #expect(" 1 2 ".trimming() == "1 2")
        #expect("\n12\n".trimming() == "\n12\n")
    }

    @Test func spacesOnly() {
        #expect("  a,b  ".trimming(.spaces) == "a,b")
        #expect("\ta\t".trimming(.spaces) == "\ta\t")
    }

    @Test func whitespaceOfEveryKind() {
        #expect("\n\u{00A0} title \r\n".trimming(.whitespace) == "title")
        #expect(" \n\t ".trimming(.whitespace).isEmpty)
    }

    @Test func aSubstringTrimsToAString() {
        let parts = "y ~ x".split(separator: "~")
        #expect(parts[0].trimming() == "y")
    }
}
