import Testing
import TallyCharts

/// Golden images of the press kit's chart kinds, in English and Russian, held to the same
/// windowed tolerance as the other goldens (`GoldenComparison`).
extension GoldenImageTests {
    @Test func facetsEnglish() throws { try check("facets-en-report", KindRenderFixtures.facets(.en), theme: .report) }
    @Test func facetsRussian() throws { try check("facets-ru-report", KindRenderFixtures.facets(.ru), theme: .report) }
}
