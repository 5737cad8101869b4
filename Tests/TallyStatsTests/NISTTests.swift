import Foundation
import Testing
@testable import TallyStats

/// LinearLeastSquares against NIST's Statistical Reference Datasets for linear least squares
/// (Fixtures/nist, copied with NIST's certified values; see its README). Accuracy is the number
/// of correct significant digits (LRE) over coefficients, their standard deviations, the residual
/// standard deviation and R squared; the minimum over all of them must reach the bound.
@Suite("Least squares against NIST StRD")
struct NISTTests {
    struct Certified: Decodable {
        let coefficients: [Double]
        let sd: [Double]
        let residual_sd: Double
        let r_squared: Double
    }
    struct Dataset: Decodable {
        let name: String
        let y: [Double]
        let x: [Double]?
        let X: [String: [Double]]?
        let X_columns: [String]?
        let degree: Int?
        let intercept: Bool
        let certified: Certified
    }

    static func load(_ name: String) throws -> Dataset {
        try JSONDecoder().decode(Dataset.self, from: FixtureFiles.data("nist/\(name).json"))
    }

    /// Raw polynomial columns (1, x, x^2, ...) or the named predictors, as NIST's model states.
    static func design(_ d: Dataset) -> [[Double]] {
        (0..<d.y.count).map { i in
            var row: [Double] = d.intercept ? [1] : []
            if let X = d.X, let names = d.X_columns {
                row += names.map { X[$0]![i] }
            } else if let x = d.x {
                row += (1...(d.degree ?? 1)).map { pow(x[i], Double($0)) }
            }
            return row
        }
    }

    /// The least accurate of all certified values, in correct digits.
    static func minimumLRE(_ name: String, coefficientsOnly: Bool = false) throws -> Double {
        let d = try load(name)
        let fit = try LinearLeastSquares(design: design(d), y: d.y, hasIntercept: d.intercept)
        var digits = zip(fit.coefficients, d.certified.coefficients).map { lre($0, $1) }
        if !coefficientsOnly {
            digits += zip(fit.standardErrors, d.certified.sd).map { lre($0, $1) }
            digits += [lre(fit.residualSD, d.certified.residual_sd), lre(fit.rSquared, d.certified.r_squared)]
        }
        return digits.min()!
    }

    @Test(arguments: [
        ("Norris", 10.0), ("Pontius", 9.0), ("NoInt1", 12.0), ("NoInt2", 12.0), ("Longley", 9.0),
        ("Wampler2", 10.0), ("Wampler3", 8.0), ("Wampler4", 7.0), ("Wampler5", 5.0),
    ])
    func reachesTheRequiredDigits(_ name: String, _ bound: Double) throws {
        let digits = try Self.minimumLRE(name)
        print("NIST \(name): \(digits) correct digits (bound \(bound))")
        #expect(digits >= bound, "\(name): \(digits) correct digits, need \(bound)")
    }

    @Test func wampler1CoefficientsReachEightDigits() throws {
        #expect(try Self.minimumLRE("Wampler1", coefficientsOnly: true) >= 8)
    }

    /// Filip (degree 10, condition number about 1e15 raw): at least 6 digits, or a refusal that
    /// says why; never a silently wrong answer.
    @Test func filipIsAccurateOrRefused() throws {
        let d = try Self.load("Filip")
        do {
            let fit = try LinearLeastSquares(design: Self.design(d), y: d.y, hasIntercept: true)
            let digits = try Self.minimumLRE("Filip")
            print("NIST Filip: \(digits) correct digits (bound 6), scaled condition number \(fit.conditionNumber)")
            #expect(digits >= 6)
            #expect(fit.isIllConditioned)
        } catch let failure as LinearLeastSquares.Failure {
            guard case .illConditioned = failure else { Issue.record("unexpected failure \(failure)"); return }
        }
    }

    @Test func noInterceptRSquaredIsUncentred() throws {
        let d = try Self.load("NoInt1")
        let fit = try LinearLeastSquares(design: Self.design(d), y: d.y, hasIntercept: false)
        #expect(lre(fit.rSquared, 0.999365492298663) > 12)
    }

    @Test func linearlyDependentColumnsAreRefused() {
        #expect(throws: LinearLeastSquares.Failure.rankDeficient(rank: 2, p: 3)) {
            try LinearLeastSquares(design: [[1, 1, 2], [1, 2, 4], [1, 3, 6], [1, 4, 8]], y: [1, 2, 3, 5], hasIntercept: true)
        }
    }

    @Test func tooFewObservations() {
        #expect(throws: LinearLeastSquares.Failure.tooFewObservations(n: 2, p: 2)) {
            try LinearLeastSquares(design: [[1, 1], [1, 2]], y: [1, 2], hasIntercept: true)
        }
    }
}
