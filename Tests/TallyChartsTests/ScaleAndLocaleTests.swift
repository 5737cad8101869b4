import Testing
@testable import TallyCharts

@Suite("Scales, ticks and locales")
struct ScaleAndLocaleTests {
    @Test func niceSteps() {
        #expect(LinearScale.niceStep(span: 1262, count: 5) == 500)
        #expect(LinearScale.niceStep(span: 100, count: 5) == 20)
        #expect(LinearScale.niceStep(span: 0.9, count: 4) == 0.5)
        #expect(LinearScale(domain: (0, 1500), range: (0, 1)).ticks(step: 500) == [0, 500, 1000, 1500])
    }

    @Test func logTicks() {
        let s = LogScale(domain: (40, 1262), range: (0, 1)).niced()
        #expect(s.domain.lower == 20 && s.domain.upper == 2000)
        #expect(s.ticks(dense: true) == [20, 50, 100, 200, 500, 1000, 2000])
        #expect(s.ticks(dense: false) == [100, 1000])
    }

    @Test func timeTickCandidatesGoFromDenseToSparse() {
        let c = TimeTicks.candidates(lower: 2013.8, upper: 2026.0)
        #expect(c.first?.first?.year == 2014)
        #expect(c.first?.count == 13)
        #expect(c.contains { $0.map(\.year) == [2015, 2020, 2025] })
        let months = TimeTicks.candidates(lower: 2019.0, upper: 2019.6)
        #expect(months.first?.contains { $0.month == 6 } == true)
    }

    @Test func numbersPerLocale() {
        #expect(ChartLocale.en.number(1234) == "1,234")
        #expect(ChartLocale.en.number(1234567.5, decimals: 1) == "1,234,567.5")
        #expect(ChartLocale.fr.number(1234.5, decimals: 1) == "1\u{202F}234,5")
        #expect(ChartLocale.ru.number(1262) == "1\u{00A0}262")
        #expect(ChartLocale.uk.number(-5) == "−5")
        #expect(ChartLocale.en.number(999) == "999")
    }

    @Test func datesPerLocale() {
        #expect(ChartLocale.en.date(year: 2019, month: 6, day: 10) == "10 Jun 2019")
        #expect(ChartLocale.fr.date(year: 2019, month: 6, day: nil) == "juin 2019")
        #expect(ChartLocale.ru.date(year: 2024, month: 8, day: 17) == "17 августа 2024")
        #expect(ChartLocale.uk.date(year: 2025, month: nil, day: nil) == "2025")
    }

    /// Every word is translated, not copied: Russian and Ukrainian words are written in Cyrillic,
    /// and no two words of one language are the same text (a pasted duplicate).
    @Test func everyWordInEveryLanguage() {
        for locale in ChartLocale.allCases {
            let words = ChartLocale.Word.allCases.map { locale.word($0) }
            #expect(words.allSatisfy { !$0.isEmpty })
            #expect(Set(words).count == words.count, "\(locale): \(words)")
            if locale == .ru || locale == .uk {
                for (key, word) in zip(ChartLocale.Word.allCases, words) {
                    #expect(word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(locale) \(key): \(word)")
                }
            }
        }
    }

    @Test func coloursReadAndWrite() {
        #expect(Color(hex: "#0072B2") == Color(r: 0, g: 114.0 / 255, b: 178.0 / 255))
        #expect(Color(hex: "zz") == nil)
    }
}
