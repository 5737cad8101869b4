/// The pairs of `sequence` out of order (y after x with `isBelow(y, x)`), counted by a bottom-up
/// merge sort in O(n log n); `inversion(x, y)` is called for each when given (costing their
/// number). Equal elements are not out of order. Used for Kendall's S and for counting the
/// pairwise slopes below a value.
@inline(__always)
func countInversions<T>(_ sequence: [T], isBelow: (T, T) -> Bool, inversion: ((T, T) -> Void)? = nil) -> Int {
    var a = sequence
    var b = sequence
    let n = a.count
    var count = 0
    var width = 1
    while width < n {
        var start = 0
        while start < n {
            let mid = min(start + width, n), end = min(start + 2 * width, n)
            var i = start, j = mid, o = start
            while i < mid, j < end {
                if isBelow(a[j], a[i]) {
                    count += mid - i
                    if let inversion { for x in i..<mid { inversion(a[x], a[j]) } }
                    b[o] = a[j]; j += 1
                } else {
                    b[o] = a[i]; i += 1
                }
                o += 1
            }
            while i < mid { b[o] = a[i]; i += 1; o += 1 }
            while j < end { b[o] = a[j]; j += 1; o += 1 }
            start = end
        }
        swap(&a, &b)
        width *= 2
    }
    return count
}
