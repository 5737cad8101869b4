import Foundation
import Testing
@testable import TallyData

@Suite("Schema patterns match in linear time")
struct LinearPatternTests {
    func matches(_ pattern: String, _ value: String) throws -> Bool {
        try LinearPattern(pattern).matches(value)
    }

    func refusal(_ pattern: String) -> String? {
        do {
            _ = try LinearPattern(pattern)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theDefaultDatasetsDatePatternMatchesWholeDatesOnly() throws {
        let date = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
        for ok in ["2019", "2019-06", "2019-06-10"] { #expect(try matches(date, ok), "\(ok)") }
        for bad in ["", "201", "2019-6", "2019-06-10x", "x2019", "2019-06-10-01"] { #expect(try !matches(date, bad), "\(bad)") }
    }

    @Test func literalsClassesAndEscapes() throws {
        #expect(try matches("abc", "abc"))
        #expect(try !matches("abc", "abcd"))
        #expect(try matches("a.c", "axc"))
        #expect(try !matches("a.c", "a\nc"))
        #expect(try matches("[a-z_]+", "memo_pzk"))
        #expect(try !matches("[a-z_]+", "Memo"))
        #expect(try matches("[^0-9]*", "abc"))
        #expect(try !matches("[^0-9]*", "ab1"))
        #expect(try matches("\\d+\\.\\d{2}", "12.50"))
        #expect(try matches("\\w+\\s\\w+", "a_1 b2"))
        #expect(try !matches("\\D", "5"))
        #expect(try matches("[-a]+", "-a-"))
        #expect(try matches("[a\\-z]+", "-az"))
        #expect(try matches("\\(\\)\\[\\]", "()[]"))
        #expect(try matches("é+", "éé"))
    }

    @Test func groupsAlternationAndRepetition() throws {
        #expect(try matches("(ab|cd)*", ""))
        #expect(try matches("(ab|cd)*", "abcdab"))
        #expect(try !matches("(ab|cd)*", "abc"))
        #expect(try matches("(?:x|y)+z?", "xyx"))
        #expect(try matches("a{2,3}", "aaa"))
        #expect(try !matches("a{2,3}", "aaaa"))
        #expect(try !matches("a{2,3}", "a"))
        #expect(try matches("a{2,}", "aaaaaa"))
        #expect(try matches("a{0}b", "b"))
        #expect(try matches("a|", ""))
        #expect(try matches("(a*)*", "aaaa"))
        #expect(try matches("^ab$", "ab"))
        #expect(try matches("a+?b", "aab"))
    }

    @Test func aCatastrophicPatternForBacktrackingRunsInLinearTime() throws {
        let pattern = try LinearPattern("(a+)+b")
        let value = String(repeating: "a", count: 20_000)
        let start = Date()
        #expect(!pattern.matches(value))
        #expect(pattern.matches(String(repeating: "a", count: 18) + "b"))
        let nested = try LinearPattern("((a|aa)*)*(a|b)*c")
        #expect(!nested.matches(String(repeating: "a", count: 10_000)))
        // A backtracking engine needs about 2^n steps here; this needs n × (program size).
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func unsupportedConstructsAreRefusedWithThePosition() {
        #expect(refusal("(a)\\1")?.contains("backreferences are not supported") == true)
        #expect(refusal("a(?=b)")?.contains("at character 2: '(?' starts lookaround") == true)
        #expect(refusal("(?<name>a)")?.contains("lookaround") == true)
        #expect(refusal("\\p{L}")?.contains("the escape \\p is not supported") == true)
        #expect(refusal("a++")?.contains("possessive") == true)
        #expect(refusal("a^b")?.contains("'^' is an anchor only at the very start") == true)
        #expect(refusal("a$b")?.contains("'$' is an anchor only at the very end") == true)
    }

    @Test func malformedPatternsAreRefused() {
        #expect(refusal("(ab")?.contains("at character 1: a '(' is never closed") == true)
        #expect(refusal("ab)")?.contains("a ')' closes no group") == true)
        #expect(refusal("[a-")?.contains("never closed") == true)
        #expect(refusal("*a")?.contains("repeats nothing") == true)
        #expect(refusal("a{3,2}")?.contains("the maximum is below the minimum") == true)
        #expect(refusal("a{2")?.contains("expected '}'") == true)
        #expect(refusal("[z-a]")?.contains("end is below its start") == true)
        #expect(refusal("a**")?.contains("a quantifier follows a quantifier") == true)
        #expect(refusal("abc\\")?.contains("at the end of the pattern") == true)
    }

    @Test func sizeLimitsAreEnforced() throws {
        #expect(refusal(String(repeating: "a", count: LinearPattern.maxPatternLength + 1))?
            .contains("LinearPattern.maxPatternLength") == true)
        #expect(refusal("a{1001}")?.contains("LinearPattern.maxRepeat") == true)
        #expect(refusal("a{99999999999999999999999}")?.contains("LinearPattern.maxRepeat") == true)
        #expect(refusal("((a{1000}){1000}){1000}")?.contains("LinearPattern.maxProgramSize") == true)
        #expect(refusal(String(repeating: "(", count: 400) + "a" + String(repeating: ")", count: 400)) == nil)
        #expect(refusal("[a-zA-Z0-9_.]{1000}")?.contains("LinearPattern.maxProgramSize") == true)
        #expect(try LinearPattern("[a-z]{1000}").cost == 2000)
    }
}
