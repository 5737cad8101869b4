/// Turns a pattern tree into the instructions `LinearPattern` simulates, expanding counted
/// repetitions into copies and stopping at `LinearPattern.maxProgramSize` instructions.
struct PatternCompiler {
    let pattern: String
    var program: [Instruction] = []
    /// Instructions plus the ranges of their character classes (what one input step may visit).
    var cost = 0

    init(pattern: String) { self.pattern = pattern }

    private mutating func append(_ instruction: Instruction) throws(LinearPattern.Unsupported) -> Int {
        var step = 1
        if case .scalar(let set) = instruction { step += set.ranges.count }
        cost += step
        guard cost <= LinearPattern.maxProgramSize else {
            throw LinearPattern.Unsupported(
                pattern: pattern, position: 1,
                message: "the pattern expands to more than \(LinearPattern.maxProgramSize) states (LinearPattern.maxProgramSize); use smaller counts in {m,n}")
        }
        program.append(instruction)
        return program.count - 1
    }

    mutating func emit(_ node: PatternNode) throws(LinearPattern.Unsupported) {
        switch node {
        case .empty:
            break
        case .set(let set):
            _ = try append(.scalar(set))
        case .concat(let items):
            for item in items { try emit(item) }
        case .alternation(let branches):
            // split L1, next; L1: branch; jump end; next: split ... ; last branch
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                if k + 1 < branches.count {
                    let split = try append(.split(0, 0))
                    try emit(branch)
                    jumps.append(try append(.jump(0)))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch)
                }
            }
            for j in jumps { program[j] = .jump(program.count) }
        case .repeat(let inner, let min, let max):
            for _ in 0..<min { try emit(inner) }
            if let max {
                // Each optional copy may be skipped to the end.
                var skips: [Int] = []
                for _ in min..<max {
                    skips.append(try append(.split(0, 0)))
                    try emit(inner)
                }
                for s in skips { program[s] = .split(s + 1, program.count) }
            } else {
                // L: split body, end; body; jump L
                let split = try append(.split(0, 0))
                try emit(inner)
                _ = try append(.jump(split))
                program[split] = .split(split + 1, program.count)
            }
        }
    }
}
