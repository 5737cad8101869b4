#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a reader sees colour: typical vision, or one of the three dichromacies simulated with the
/// severity-1.0 matrices of Machado, Oliveira and Fernandes (2009), "A Physiologically-based
/// Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 1291-1298,
/// doi:10.1109/TVCG.2009.113 (the coefficients as tabulated on the authors' page,
/// inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html), applied to linear sRGB.
public enum Vision: String, Sendable, CaseIterable {
    case typical, protanopia, deuteranopia, tritanopia

    /// The three dichromacies a chart is checked for.
    public static let deficiencies: [Vision] = [.protanopia, .deuteranopia, .tritanopia]

    var matrix: [[Double]]? {
        switch self {
        case .typical: return nil
        case .protanopia: return [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia: return [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .tritanopia: return [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }

    /// The colour as this vision sees it, in CIELAB (D65): sRGB decoded to linear light, the
    /// matrix applied and clipped to the displayable range, then to XYZ and Lab.
    public func lab(_ c: Color) -> (l: Double, a: Double, b: Double) {
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        var rgb = [linear(c.r), linear(c.g), linear(c.b)]
        if let m = matrix {
            rgb = (0..<3).map { i in min(1, max(0, m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2])) }
        }
        // IEC 61966-2-1 sRGB to XYZ, D65 white.
        let x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]
        let y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2]
        let z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]
        let d: Double = 6.0 / 29
        func f(_ t: Double) -> Double { t > d * d * d ? cbrt(t) : t / (3 * d * d) + 4.0 / 29 }
        let fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883)
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    }

    /// The CIE76 difference (ΔE*ab) between two colours as this vision sees them.
    public func difference(_ a: Color, _ b: Color) -> Double {
        let p = lab(a), q = lab(b)
        return ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
    }
}
