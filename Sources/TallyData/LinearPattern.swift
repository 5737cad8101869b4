/// A Table Schema `pattern` compiled for matching in linear time.
///
/// Guarantee: matching takes time O(m × n) and memory O(m), where m is the cost of the compiled
/// program (`cost`: one per instruction plus one per range of a character class, at most
/// `maxProgramSize`) and n the number of Unicode scalars in the value.
/// The program is simulated as a Thompson NFA (a Pike VM without captures): every state is visited
/// at most once per input scalar, so no input, however crafted, backtracks. A package's pattern
/// like `(a+)+b`, which hangs a backtracking engine on 18 characters, runs here in microseconds.
///
/// As in Table Schema (after XML Schema), a pattern matches the WHOLE value. Supported, the usual
/// subset: literal characters; escapes `\\ \. \- \^ \$ \| \? \* \+ \( \) \[ \] \{ \} \/ \n \r \t`;
/// `.` (any scalar except a line break); classes `[a-z0-9_]`, `[^...]`; `\d \w \s` and their negations
/// `\D \W \S` (ASCII only: `\d` is 0-9, `\w` is A-Z a-z 0-9 _, `\s` is space, tab, CR, LF);
/// groups `( )` and `(?: )`; alternation `|`; `* + ?` (a lazy `?` suffix is accepted and changes
/// nothing for a whole-value match); bounded repetition `{m}`, `{m,}`, `{m,n}` with n at most
/// `maxRepeat`; a `^` at the very start and `$` at the very end (anchors, redundant here).
/// Refused with a `LinearPattern.Unsupported` error naming the position: backreferences,
/// lookaround and every other `(?` construct, `\p{...}`, possessive quantifiers, anchors elsewhere,
/// and malformed patterns (unbalanced brackets, a quantifier with nothing before it, `{3,2}`).
public struct LinearPattern: Sendable {
    /// Longest pattern accepted, in characters; longer ones are refused, not truncated.
    public static let maxPatternLength = 1_000
    /// Largest `n` in `{m,n}`; bigger counts are refused.
    public static let maxRepeat = 1_000
    /// Largest compiled program, in instructions plus class ranges, after counted repetitions are
    /// expanded (`(a{1000}){1000}` would be a million); bounds the O(m × n) matching time.
    public static let maxProgramSize = 4_000

    /// Why a pattern cannot be used: `position` is the 1-based character where the problem is.
    public struct Unsupported: Error, Sendable, Equatable, CustomStringConvertible {
        public var pattern: String
        public var position: Int
        public var message: String
        public var description: String { "at character \(position): \(message)" }
    }

    public let source: String
    /// The m of O(m × n): instructions plus class ranges, at most `maxProgramSize`.
    public let cost: Int
    private let program: [Instruction]

    /// Compiles `pattern`. - Throws: `Unsupported` for anything outside the subset described above.
    public init(_ pattern: String) throws(Unsupported) {
        source = pattern
        let scalars = Array(pattern.unicodeScalars)
        guard scalars.count <= Self.maxPatternLength else {
            throw Unsupported(pattern: pattern, position: Self.maxPatternLength + 1,
                              message: "the pattern is longer than \(Self.maxPatternLength) characters (LinearPattern.maxPatternLength); shorten it")
        }
        var parser = PatternParser(scalars: scalars, pattern: pattern)
        let tree = try parser.parseWhole()
        var compiler = PatternCompiler(pattern: pattern)
        try compiler.emit(tree)
        compiler.program.append(.match)
        program = compiler.program
        cost = compiler.cost
    }

    /// Whether the whole of `value` matches.
    public func matches(_ value: String) -> Bool {
        var current = StateSet(capacity: program.count)
        var next = StateSet(capacity: program.count)
        addState(0, to: &current)
        for scalar in value.unicodeScalars {
            if current.isEmpty { return false }
            next.clear()
            for pc in current.members {
                if case .scalar(let set) = program[pc], set.contains(scalar) {
                    addState(pc + 1, to: &next)
                }
            }
            swap(&current, &next)
        }
        return current.members.contains { if case .match = program[$0] { return true } else { return false } }
    }

    /// Adds `pc` and every state reachable from it without reading input (iteratively: no recursion
    /// depth to exhaust on a long chain of splits).
    private func addState(_ start: Int, to set: inout StateSet) {
        var stack = [start]
        while let pc = stack.popLast() {
            guard set.insert(pc) else { continue }
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .scalar, .match: break
            }
        }
    }
}

/// One instruction of the compiled program.
enum Instruction: Sendable {
    /// Reads one scalar in the set and moves on to the next instruction.
    case scalar(ScalarSet)
    case jump(Int)
    case split(Int, Int)
    case match
}

/// A set of Unicode scalars: ranges of values, possibly negated.
struct ScalarSet: Sendable {
    var ranges: [ClosedRange<UInt32>]
    var negated = false

    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        var inside = false
        for r in ranges where r.contains(v) { inside = true; break }
        return inside != negated
    }

    static func single(_ s: Unicode.Scalar) -> ScalarSet { ScalarSet(ranges: [s.value...s.value]) }
    static let digit: [ClosedRange<UInt32>] = [0x30...0x39]
    static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    static let space: [ClosedRange<UInt32>] = [0x09...0x0A, 0x0D...0x0D, 0x20...0x20]
    /// `.`: anything but a line break.
    static let dot = ScalarSet(ranges: [0x0A...0x0A, 0x0D...0x0D], negated: true)
}

/// The de-duplicated set of NFA states active at one input position: O(1) insert and clear.
struct StateSet {
    private var dense: [Int]
    private var sparse: [Int]
    private(set) var count = 0

    init(capacity: Int) {
        dense = Array(repeating: 0, count: capacity)
        sparse = Array(repeating: 0, count: capacity)
    }

    var isEmpty: Bool { count == 0 }
    var members: ArraySlice<Int> { dense[0..<count] }
    mutating func clear() { count = 0 }

    /// Inserts `pc`; false when it was already there.
    mutating func insert(_ pc: Int) -> Bool {
        let k = sparse[pc]
        if k < count, dense[k] == pc { return false }
        sparse[pc] = count
        dense[count] = pc
        count += 1
        return true
    }
}

/// The parsed pattern.
indirect enum PatternNode {
    case empty
    case set(ScalarSet)
    case concat([PatternNode])
    case alternation([PatternNode])
    /// `max` nil means unbounded.
    case `repeat`(PatternNode, min: Int, max: Int?)
}
