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

    @Test func limitsAreNamedErrors() {
        let long = "y ~ " + Array(repeating: "x", count: 400).joined(separator: " + ")
        #expect(throws: RegressionFormula.ParseError(message: "the formula has 1601 characters; at most 1000 are read")) {
            try RegressionFormula(long)
        }
        #expect(throws: RegressionFormula.ParseError(message: "the formula has 51 terms; at most 50 are allowed")) {
            try RegressionFormula("y ~ " + Array(repeating: "x", count: 51).joined(separator: "+"))
        }
        #expect(throws: RegressionFormula.ParseError(message: "the formula gives 109 design columns; at most 100 are allowed")) {
            try RegressionFormula("y ~ " + Array(repeating: "poly(x, 12)", count: 9).joined(separator: " + "))
        }
        #expect(throws: RegressionFormula.ParseError.self) { try RegressionFormula("y ~ poly(x, 99999999999999999999999)") }
    }

    @Test func anyTextParsesOrIsRefusedWithoutACrash() {
        // A small fuzz over the formula alphabet (the parser is also fuzzed separately).
        let alphabet = Array("y~x+-01()poly, 2.\t_~~((")
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            var text = ""
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            if let f = try? RegressionFormula(text) {
                #expect(f.coefficientNames.count <= RegressionFormula.maximumColumns)
                #expect(f.designRow { _ in 2 }.count == f.coefficientNames.count)
            }
        }
    }
}
