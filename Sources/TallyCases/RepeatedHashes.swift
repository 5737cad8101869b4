/// Finding the id hashes that occur more than once, across the workers' lists: each worker sorts
/// its own hashes (in parallel with the other), and the repeats are then one linear pass over
/// each list and one merge of the two.
enum RepeatedHashes {
    /// Sorts in place: a counting pass and a scatter pass into 16,384 buckets by the top bits,
    /// then an insertion sort inside each bucket (a few dozen values).
    static func sortInPlace(_ values: inout [UInt64]) {
        guard values.count > 1 else { return }
        let bucketBits = 14
        let shift = UInt64(64 - bucketBits)
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for v in values { starts[Int(v >> shift) + 1] += 1 }
        for j in 1..<starts.count { starts[j] += starts[j - 1] }
        var next = starts
        var scattered = [UInt64](repeating: 0, count: values.count)
        scattered.withUnsafeMutableBufferPointer { out in
            for v in values {
                let b = Int(v >> shift)
                out[next[b]] = v
                next[b] += 1
            }
            for b in 0..<(1 << bucketBits) where starts[b + 1] - starts[b] > 1 {
                let lo = starts[b], hi = starts[b + 1]
                if hi - lo > 256 {
                    var bucket = UnsafeMutableBufferPointer(rebasing: out[lo..<hi])
                    bucket.sort()
                    continue
                }
                var i = lo + 1
                while i < hi {
                    let v = out[i]
                    var j = i - 1
                    while j >= lo, out[j] > v { out[j + 1] = out[j]; j -= 1 }
                    out[j + 1] = v
                    i += 1
                }
            }
        }
        values = scattered
    }

    /// Values that occur more than once in one or two sorted lists (within either, or across
    /// them: a merge). `WorkerRanges` makes at most two workers, so there are at most two lists.
    static func values(in lists: [[UInt64]]) -> Set<UInt64> {
        precondition(lists.count <= 2, "at most two workers' lists")
        var out = Set<UInt64>()
        for list in lists {
            for j in stride(from: 1, to: list.count, by: 1) where list[j] == list[j - 1] { out.insert(list[j]) }
        }
        if lists.count == 2 {
            let a = lists[0], b = lists[1]
            var x = 0, y = 0
            while x < a.count, y < b.count {
                if a[x] == b[y] { out.insert(a[x]); x += 1; y += 1 } else if a[x] < b[y] { x += 1 } else { y += 1 }
            }
        }
        return out
    }
}
