import Testing
import TallyCharts

/// Golden images of the press kit's chart kinds, in English and Russian, held to the same
/// windowed tolerance as the other goldens (`GoldenComparison`).
extension GoldenImageTests {
    @Test func facetsEnglish() throws { try check("facets-en-report", KindRenderFixtures.facets(.en), theme: .report) }
    @Test func facetsRussian() throws { try check("facets-ru-report", KindRenderFixtures.facets(.ru), theme: .report) }
    @Test func slopeEnglish() throws { try check("slope-en-report", KindRenderFixtures.slope(.en), theme: .report) }
    @Test func slopeRussian() throws { try check("slope-ru-report", KindRenderFixtures.slope(.ru), theme: .report) }
    @Test func waffleEnglish() throws { try check("waffle-en-report", KindRenderFixtures.waffle(.en), theme: .report) }
    @Test func waffleRussian() throws { try check("waffle-ru-report", KindRenderFixtures.waffle(.ru), theme: .report) }
    @Test func cardEnglish() throws { try check("card-en-press", KindRenderFixtures.card(.en), theme: .press) }
    @Test func cardRussian() throws { try check("card-ru-press", KindRenderFixtures.card(.ru), theme: .press) }
}
