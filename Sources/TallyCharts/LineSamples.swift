#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The drawn lines as obstacles for annotations: each segment stands for small square boxes
/// (half-width `halfWidth`) centred on points spaced about `spacing` px along it, ends included.
/// `touch` answers whether a rectangle meets any of those boxes, exactly as if every box had been
/// built and tested, but in constant time per segment: it tests only the few samples that can lie
/// in the rectangle's reach. (Building every box took memory proportional to the lines' length in
/// pixels: a hostile series zigzagging over 100,000 points made tens of millions of boxes.)
struct LineSamples {
    struct Segment {
        var from: Point
        var to: Point
        var steps: Int
    }

    let segments: [Segment]
    let halfWidth: Double

    init(segments: [Segment], halfWidth: Double) {
        self.segments = segments
        self.halfWidth = halfWidth
    }

    /// Segments between consecutive points of each line.
    init(_ lines: [[Point]], spacing: Double, halfWidth: Double) {
        var segments: [Segment] = []
        for line in lines {
            for (p0, p1) in zip(line, line.dropFirst()) {
                let length = (abs(p1.x - p0.x) + abs(p1.y - p0.y)) / spacing
                let steps = length.isFinite ? max(1, Int(min(length, 1e9))) : 1
                segments.append(Segment(from: p0, to: p1, steps: steps))
            }
        }
        self.init(segments: segments, halfWidth: halfWidth)
    }

    /// The box of sample `i` of a segment.
    func box(_ s: Segment, _ i: Int) -> Rect {
        let t = Double(i) / Double(s.steps)
        let w = halfWidth
        return Rect(x: s.from.x + (s.to.x - s.from.x) * t - w, y: s.from.y + (s.to.y - s.from.y) * t - w, width: 2 * w, height: 2 * w)
    }

    /// The segments whose sample boxes can reach between `x` and `maxX` (the others can meet no
    /// rectangle that lies within that range).
    func within(x: Double, maxX: Double) -> LineSamples {
        let w = halfWidth
        return LineSamples(segments: segments.filter { s in
            min(s.from.x, s.to.x) - w < maxX && x < max(s.from.x, s.to.x) + w
        }, halfWidth: w)
    }

    /// Whether `r` meets a sample box of any segment.
    func touch(_ r: Rect) -> Bool {
        segments.contains { touch(r, $0) }
    }

    func touch(_ r: Rect, _ s: Segment) -> Bool {
        // The range of t (0...1) over which a box centre is within reach of r on each axis,
        // widened by one sample each way; then the samples in it are tested exactly.
        func reach(_ a: Double, _ b: Double, _ lo: Double, _ hi: Double) -> (Double, Double)? {
            let d = b - a
            if d == 0 { return (a > lo - halfWidth - 1e-9 && a < hi + halfWidth + 1e-9) ? (0, 1) : nil }
            let t0 = (lo - halfWidth - a) / d, t1 = (hi + halfWidth - a) / d
            return (min(t0, t1), max(t0, t1))
        }
        guard let (x0, x1) = reach(s.from.x, s.to.x, r.x, r.maxX),
              let (y0, y1) = reach(s.from.y, s.to.y, r.y, r.maxY) else { return false }
        let lower = max(x0, y0, 0), upper = min(x1, y1, 1)
        let n = Double(s.steps)
        guard lower * n <= upper * n + 2 else { return false }
        let first = max(0, Int(floor(lower * n)) - 1)
        let last = min(s.steps, Int(ceil(upper * n)) + 1)
        guard first <= last else { return false }
        for i in first...last where box(s, i).intersects(r) { return true }
        return false
    }
}
