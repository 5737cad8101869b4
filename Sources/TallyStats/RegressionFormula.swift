#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyPrimitives

/// An R-style model formula for linear least squares, the subset analysts need:
/// `y ~ x`, `y ~ x1 + x2 + x3`, no intercept with `y ~ 0 + x` (or `y ~ x - 1`), and raw
/// polynomials `y ~ poly(x, 3)` (columns x, x^2, x^3, as R's `poly(x, 3, raw = TRUE)`).
public struct RegressionFormula: Sendable, Equatable, CustomStringConvertible {
    public enum Term: Sendable, Equatable {
        case variable(String)
        case polynomial(String, degree: Int)
    }

    public var response: String
    public var terms: [Term]
    public var hasIntercept: Bool

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The longest formula read, in characters (a formula names columns; 1,000 is pages of them).
    public static let maximumLength = 1_000
    /// The most terms on the right-hand side.
    public static let maximumTerms = 50
    /// The most design columns (terms with each polynomial's degree, and the intercept).
    public static let maximumColumns = 100
    /// The highest polynomial degree (beyond it raw powers lose every digit).
    public static let maximumDegree = 12

    public init(_ text: String) throws(ParseError) {
        guard text.count <= Self.maximumLength else {
            throw ParseError(message: "the formula has \(text.count) characters; at most \(Self.maximumLength) are read")
        }
        let sides = text.split(separator: "~", omittingEmptySubsequences: false)
        guard sides.count == 2 else {
            throw ParseError(message: "expected one '~' between the response and the predictors, as in 'y ~ x'")
        }
        response = sides[0].trimming(.spacesAndTabs)
        guard Self.isName(response) else {
            throw ParseError(message: "'\(response)' is not a column name; expected a response such as 'y' before '~'")
        }
        var rhs = String(sides[1].filter { $0 != " " && $0 != "\t" })
        hasIntercept = true
        if rhs.hasSuffix("-1") {
            hasIntercept = false
            rhs.removeLast(2)
        }
        var parts = rhs.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        if parts.first == "0" || parts.first == "-1" {
            hasIntercept = false
            parts.removeFirst()
        } else if parts.first == "1" {
            parts.removeFirst()
        }
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw ParseError(message: "expected predictors after '~' joined by '+', as in 'y ~ x1 + x2'")
        }
        guard parts.count <= Self.maximumTerms else {
            throw ParseError(message: "the formula has \(parts.count) terms; at most \(Self.maximumTerms) are allowed")
        }
        terms = try parts.map { part throws(ParseError) -> Term in
            if part.hasPrefix("poly("), part.hasSuffix(")") {
                let inner = part.dropFirst(5).dropLast().split(separator: ",").map(String.init)
                guard inner.count == 2, Self.isName(inner[0]), let degree = Int(inner[1]), (1...Self.maximumDegree).contains(degree) else {
                    throw ParseError(message: "'\(part)' is not a polynomial term; expected poly(x, d) with d from 1 to \(Self.maximumDegree)")
                }
                return .polynomial(inner[0], degree: degree)
            }
            guard Self.isName(part) else {
                throw ParseError(message: "'\(part)' is not a column name; expected names joined by '+', '0 +' for no intercept, or poly(x, d)")
            }
            return .variable(part)
        }
        let columns = coefficientNames.count
        guard columns <= Self.maximumColumns else {
            throw ParseError(message: "the formula gives \(columns) design columns; at most \(Self.maximumColumns) are allowed")
        }
    }

    static func isName(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" || first == "." else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }

    /// The columns the formula reads.
    public var variables: [String] {
        var names = [response]
        for t in terms {
            switch t {
            case .variable(let v), .polynomial(let v, _): if !names.contains(v) { names.append(v) }
            }
        }
        return names
    }

    /// Names of the design's columns, as R prints them.
    public var coefficientNames: [String] {
        var names = hasIntercept ? ["(Intercept)"] : []
        for t in terms {
            switch t {
            case .variable(let v): names.append(v)
            case .polynomial(let v, let d): names += (1...d).map { $0 == 1 ? v : "\(v)^\($0)" }
            }
        }
        return names
    }

    /// One design row from a row's values by column name.
    public func designRow(_ value: (String) -> Double) -> [Double] {
        var row: [Double] = hasIntercept ? [1] : []
        for t in terms {
            switch t {
            case .variable(let v): row.append(value(v))
            case .polynomial(let v, let d):
                let x = value(v)
                row += (1...d).map { pow(x, Double($0)) }
            }
        }
        return row
    }

    public var description: String {
        let rhs = terms.map { t -> String in
            switch t {
            case .variable(let v): return v
            case .polynomial(let v, let d): return "poly(\(v), \(d))"
            }
        }.joined(separator: " + ")
        return "\(response) ~ \(hasIntercept ? "" : "0 + ")\(rhs)"
    }
}
