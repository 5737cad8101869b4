import Testing
@testable import TallyCharts

/// The phrases a chart writes in French, Russian and Ukrainian, pinned as a native reader would
/// write them (issue 16, item 4).
@Suite("Translations")
struct TranslationTests {
    typealias End = DateRangePhrase.End

    @Test func aDayTakesTheGenitiveInRussianAndUkrainianAndFrenchWritesTheFirstAs1er() {
        #expect(ChartLocale.ru.date(year: 2018, month: 3, day: 1) == "1 марта 2018")
        #expect(ChartLocale.uk.date(year: 2018, month: 3, day: 1) == "1 березня 2018")
        #expect(ChartLocale.fr.date(year: 2018, month: 3, day: 1) == "1er mars 2018")
        #expect(ChartLocale.fr.date(year: 2024, month: 6, day: 10) == "10 juin 2024")
        #expect(ChartLocale.en.date(year: 2018, month: 3, day: 1) == "1 Mar 2018")
        // A month alone stands in the nominative on an axis.
        #expect(ChartLocale.ru.date(year: 2018, month: 3, day: nil) == "март 2018")
    }

    @Test func rangesOfDays() {
        let r = DateRangePhrase(from: End(year: 2018, month: 3, day: 1), to: End(year: 2024, month: 6, day: 10))
        #expect(r.text(.en) == "1 Mar 2018 to 10 Jun 2024")
        #expect(r.text(.fr) == "du 1er mars 2018 au 10 juin 2024")
        #expect(r.text(.ru) == "с 1 марта 2018 по 10 июня 2024")
        #expect(r.text(.uk) == "з 1 березня 2018 по 10 червня 2024")
    }

    @Test func rangesOfMonthsAndYears() {
        let months = DateRangePhrase(from: End(year: 2018, month: 4, day: nil), to: End(year: 2024, month: 6, day: nil))
        #expect(months.text(.fr) == "d’avril 2018 à juin 2024")
        #expect(months.text(.ru) == "с апреля 2018 по июнь 2024")
        #expect(months.text(.uk) == "з квітня 2018 по червень 2024")
        let years = DateRangePhrase(from: End(year: 2015, month: nil, day: nil), to: End(year: 2025, month: nil, day: nil))
        #expect(years.text(.fr) == "de 2015 à 2025")
        #expect(years.text(.ru) == "с 2015 по 2025")
        let mixed = DateRangePhrase(from: End(year: 2015, month: nil, day: nil), to: End(year: 2025, month: 10, day: 30))
        #expect(mixed.text(.fr) == "de 2015 au 30 octobre 2025")
    }

    @Test func russianSaysSoBeforeTheSecond() {
        let r = DateRangePhrase(from: End(year: 2018, month: 3, day: 2), to: End(year: 2019, month: 1, day: 5))
        #expect(r.text(.ru) == "со 2 марта 2018 по 5 января 2019")
    }

    @Test func frenchPutsANoBreakSpaceBeforeTheColon() {
        #expect(ChartLocale.fr.labelled("Source", "Memorial") == "Source\u{00A0}: Memorial")
        #expect(ChartLocale.ru.labelled("Источник", "Мемориал") == "Источник: Мемориал")
        let s = try! ChartLayout.scene(spec: localised(.fr), theme: .report, measurer: EstimatingTextMeasurer())
        #expect(s.texts.contains { $0.role == "source" && $0.text == "Source\u{00A0}: Memorial" })
    }

    @Test func pluralsOfPublishedFigures() {
        #expect(AltTextWords(.ru).figures(1) == "1 опубликованное значение")
        #expect(AltTextWords(.ru).figures(3) == "3 опубликованных значения")
        #expect(AltTextWords(.ru).figures(12) == "12 опубликованных значений")
        #expect(AltTextWords(.ru).figures(22) == "22 опубликованных значения")
        #expect(AltTextWords(.uk).figures(21) == "21 опубліковане значення")
        #expect(AltTextWords(.uk).figures(7) == "7 опублікованих значень")
        #expect(AltTextWords(.fr).figures(1) == "1 chiffre publié")
        #expect(AltTextWords(.en).figures(2) == "2 published figures")
    }

    /// Alt text (also the SVG `<desc>` and the PDF subject) is wholly in the chart's language.
    @Test func altTextIsWhollyInTheChartsLanguage() {
        let ru = AltText.describe(localised(.ru))
        #expect(ru.hasPrefix("Линейный график: Рост. Итого: 7 опубликованных значений, от 46 (2014) до 1\u{00A0}262 (2025)."))
        #expect(ru.contains("Из них приблизительных или минимальных: 2."))
        #expect(ru.contains("Нет опубликованных данных: ЛГБТ."))
        #expect(ru.hasSuffix("Источник: Memorial"))
        let uk = AltText.describe(localised(.uk))
        #expect(uk.hasPrefix("Лінійний графік: Рост. Итого: 7 опублікованих значень, від 46 (2014) до 1\u{00A0}262 (2025)."))
        let fr = AltText.describe(localised(.fr))
        #expect(fr.hasPrefix("Graphique en courbes\u{00A0}: Рост. Итого\u{00A0}: 7 chiffres publiés, de 46 (2014) à 1\u{202F}262 (2025)."))
        #expect(fr.hasSuffix("Source\u{00A0}: Memorial"))
        // Nothing of the English template is left in the other languages.
        for text in [ru, uk, fr] {
            for english in ["chart", "published", "figure", "from ", " to ", "Source:", "highest", "approximate", "No published"] {
                #expect(!text.contains(english), "\(english) in \(text)")
            }
        }
    }

    @Test func qualifiedFiguresInWords() {
        #expect(ChartLocale.ru.figure(767, .atLeast) == "не менее 767")
        #expect(ChartLocale.uk.figure(296, .approx) == "близько 296")
        #expect(ChartLocale.fr.figure(1262, .moreThan) == "plus de 1\u{202F}262")
    }

    /// The counts are minimum counts, never estimates; no word is misspelt or half translated.
    @Test func noEstimatesNoNonWordsNoStraightApostrophes() {
        for locale in ChartLocale.allCases {
            for word in ChartLocale.Word.allCases.map({ locale.word($0) }) {
                #expect(!word.contains("оценк") && !word.contains("оцінк") && !word.lowercased().contains("estimat"), "\(word)")
                #expect(!word.contains("'"), "\(locale): \(word)")
            }
        }
        #expect(ChartLocale.ru.word(.approximate) == "приблизительное число")
        #expect(ChartLocale.fr.word(.leftOut).contains("n’y"))
        #expect(ChartLocale.fr.word(.gap).hasPrefix("pointillé\u{00A0}:"))
    }

    func localised(_ locale: ChartLocale) -> ChartSpec {
        var spec = ChartFixtures.qualifiedWithGap
        spec.locale = locale
        spec.title = "Рост"
        spec.subtitle = nil
        spec.caveats = []
        spec.noData = ["ЛГБТ"]
        spec.series[0].label = "Итого"
        return spec
    }
}
