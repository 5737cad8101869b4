import Testing
@testable import TallyStats

@Suite("R-style formulas")
struct RegressionFormulaTests {
    @Test func simple() throws {
        let f = try RegressionFormula("y ~ x")
        #expect(f.response == "y" && f.hasIntercept && f.terms == [.variable("x")])
        #expect(f.coefficientNames == ["(Intercept)", "x"])
    }

    @Test func noIntercept() throws {
        #expect(try !RegressionFormula("y ~ 0 + x").hasIntercept)
        #expect(try !RegressionFormula("y ~ x - 1").hasIntercept)
    }

    @Test func severalPredictorsAndPolynomials() throws {
        let f = try RegressionFormula("y ~ x1 + poly(x2, 3)")
        #expect(f.coefficientNames == ["(Intercept)", "x1", "x2", "x2^2", "x2^3"])
        #expect(f.designRow { $0 == "x1" ? 5 : 2 } == [1, 5, 2, 4, 8])
        #expect(f.variables == ["y", "x1", "x2"])
    }

    @Test(arguments: ["y x", "~ x", "y ~", "y ~ x +", "y ~ poly(x)", "y ~ poly(x, 0)", "y ~ 2x", "y ~ a*b"])
    func rejects(_ text: String) {
        #expect(throws: RegressionFormula.ParseError.self) { try RegressionFormula(text) }
    }
}
