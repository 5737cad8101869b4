/// How far a rendered chart may be from its golden image, and a picture of where it is not.
///
/// Channel differences (straight RGBA, 0 to 255) of up to `noise` are ignored everywhere: the
/// shimmer a different FreeType or Pango patch release leaves on anti-aliased edges. What is
/// left over is summed in every 16 x 16 pixel window (windows step by 8, so a change on a window
/// edge is still seen whole), and no window may hold more than `allowedPerWindow`: scattered
/// noise passes, a change concentrated in one place does not.
///
/// Measured on `RenderFixtures.stackedBars` (600 x 400), the smallest text of a chart being the
/// 8 px grey source line: changing one of its letters ("source" -> "sourse") leaves 559 in the
/// worst window, "sourcc" 401, adding a full stop 107; one letter of a legend label 5,599, one
/// digit of the subtitle 695. The allowance is under half the smallest of these; the mutation
/// test beside the golden tests checks two of them on every run.
struct GoldenComparison {
    static let noise = 8
    static let window = 16
    static let allowedPerWindow = 48

    let expected: DecodedPNG
    let actual: DecodedPNG
    /// Per pixel, the largest channel difference (0 to 255); empty when the sizes differ.
    let differences: [UInt8]

    init(expected: DecodedPNG, actual: DecodedPNG) {
        self.expected = expected
        self.actual = actual
        guard expected.width == actual.width, expected.height == actual.height else {
            differences = []
            return
        }
        var out = [UInt8](repeating: 0, count: expected.width * expected.height)
        for i in out.indices {
            var worst = 0
            for ch in 0..<4 {
                worst = max(worst, abs(Int(expected.rgba[i * 4 + ch]) - Int(actual.rgba[i * 4 + ch])))
            }
            out[i] = UInt8(worst)
        }
        differences = out
    }

    var sameSize: Bool { !differences.isEmpty }

    /// The window holding the most difference beyond `noise`: its top-left corner and its sum.
    var worstWindow: (x: Int, y: Int, sum: Int) {
        guard sameSize else { return (0, 0, .max) }
        let w = expected.width, h = expected.height
        let excess = differences.map { max(0, Int($0) - Self.noise) }
        var worst = (x: 0, y: 0, sum: 0)
        for top in stride(from: 0, to: h, by: Self.window / 2) {
            for left in stride(from: 0, to: w, by: Self.window / 2) {
                var sum = 0
                for y in top..<min(top + Self.window, h) {
                    for x in left..<min(left + Self.window, w) { sum += excess[y * w + x] }
                }
                if sum > worst.sum { worst = (left, top, sum) }
            }
        }
        return worst
    }

    var matches: Bool { sameSize && worstWindow.sum <= Self.allowedPerWindow }

    /// What failed, in words.
    var summary: String {
        guard sameSize else {
            return "size \(actual.width)x\(actual.height), expected \(expected.width)x\(expected.height)"
        }
        let worst = worstWindow
        let over = differences.filter { Int($0) > Self.noise }.count
        return "\(over) pixels differ by more than \(Self.noise)/255; the \(Self.window)x\(Self.window) window at x \(worst.x), y \(worst.y) "
            + "holds \(worst.sum) of difference beyond that (at most \(Self.allowedPerWindow) may)"
    }

    /// The expected image faded to a light grey, with pixels that differ beyond the noise in
    /// red and differences within the noise in orange: where to look, at a glance.
    func diffImage() -> DecodedPNG {
        guard sameSize else { return actual }
        var rgba = [UInt8](repeating: 255, count: differences.count * 4)
        for i in differences.indices {
            let d = Int(differences[i])
            let pixel: [UInt8]
            if d > Self.noise {
                pixel = [220, 0, 0, 255]
            } else if d > 0 {
                pixel = [255, 160, 0, 255]
            } else {
                let e = expected.rgba[(i * 4)..<(i * 4 + 3)].map(Int.init)
                let grey = UInt8(215 + (e[0] * 3 + e[1] * 6 + e[2]) / 10 * 40 / 255)
                pixel = [grey, grey, grey, 255]
            }
            rgba.replaceSubrange((i * 4)..<(i * 4 + 4), with: pixel)
        }
        return DecodedPNG(width: expected.width, height: expected.height, rgba: rgba)
    }
}
