extension CaseAggregation {
    /// Adds the workers' counts, mapping each worker's key indices to the merged order (first
    /// seen in the first worker's part, then the second's). A key seen only in skipped records
    /// is left out; the stock is the running sum of the changes.
    static func merge(_ parts: [ChunkCounter], schedule: SnapshotSchedule, key: Key) -> CaseAggregation {
        let k = schedule.days.count
        var names: [String] = []
        var indexOfName: [String: Int] = [:]
        var diff: [[Int]] = [], inflow: [[Int]] = [], outflow: [[Int]] = []
        var totalDiff = [Int](repeating: 0, count: k + 1)
        var totalIn = [Int](repeating: 0, count: k), totalOut = [Int](repeating: 0, count: k)
        var issues: [Issue] = []
        var notKept = 0, read = 0, used = 0, skipped = 0, multi = 0
        for part in parts {
            for (local, name) in part.keyTable.names.enumerated() where part.keyUse[local] > 0 || indexOfName[name] != nil {
                let index: Int
                if let known = indexOfName[name] {
                    index = known
                } else {
                    names.append(name)
                    diff.append([Int](repeating: 0, count: k + 1))
                    inflow.append([Int](repeating: 0, count: k))
                    outflow.append([Int](repeating: 0, count: k))
                    index = names.count - 1
                    indexOfName[name] = index
                }
                for j in 0...k { diff[index][j] += part.diff[local * (k + 1) + j] }
                for j in 0..<k {
                    inflow[index][j] += part.inflow[local * k + j]
                    outflow[index][j] += part.outflow[local * k + j]
                }
            }
            for j in 0...k { totalDiff[j] += part.totalDiff[j] }
            for j in 0..<k { totalIn[j] += part.totalIn[j]; totalOut[j] += part.totalOut[j] }
            let room = max(0, maximumIssuesKept - issues.count)
            issues += part.issues.prefix(room)
            notKept += part.issuesNotKept + max(0, part.issues.count - room)
            read += part.read; used += part.used; skipped += part.skipped; multi += part.multi
        }
        func prefix(_ d: [Int]) -> [Int] {
            var out = [Int](repeating: 0, count: k)
            var running = 0
            for j in 0..<k { running += d[j]; out[j] = running }
            return out
        }
        return CaseAggregation(schedule: schedule, key: key, keys: names, stock: diff.map(prefix), totalStock: prefix(totalDiff),
                               inflow: inflow, outflow: outflow, totalInflow: totalIn, totalOutflow: totalOut,
                               recordsRead: read, recordsUsed: used, recordsSkipped: skipped, issues: issues,
                               issuesNotKept: notKept, multiCategoryRecords: multi, workers: parts.count)
    }
}
