/// Reads a `LinearPattern` into a tree, refusing everything outside the documented subset.
/// Recursion depth is bounded by the number of open groups, itself bounded by
/// `LinearPattern.maxPatternLength`.
struct PatternParser {
    let scalars: [Unicode.Scalar]
    let pattern: String
    private var i = 0

    init(scalars: [Unicode.Scalar], pattern: String) {
        self.scalars = scalars
        self.pattern = pattern
    }

    private func fail(_ message: String, at position: Int? = nil) -> LinearPattern.Unsupported {
        LinearPattern.Unsupported(pattern: pattern, position: (position ?? i) + 1, message: message)
    }

    private var peek: Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }

    mutating func parseWhole() throws(LinearPattern.Unsupported) -> PatternNode {
        if peek == "^" { i += 1 }
        let node = try alternation(depth: 0)
        if peek == ")" { throw fail("a ')' closes no group") }
        guard i == scalars.count else { throw fail("unexpected '\(scalars[i])'") }
        return node
    }

    private mutating func alternation(depth: Int) throws(LinearPattern.Unsupported) -> PatternNode {
        var branches = [try concatenation(depth: depth)]
        while peek == "|" {
            i += 1
            branches.append(try concatenation(depth: depth))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func concatenation(depth: Int) throws(LinearPattern.Unsupported) -> PatternNode {
        var items: [PatternNode] = []
        while let c = peek, c != "|", c != ")" {
            if c == "$" {
                guard i + 1 == scalars.count else {
                    throw fail("'$' is an anchor only at the very end (a pattern matches the whole value anyway); write \\$ for a dollar sign")
                }
                i += 1
                continue
            }
            let atom = try self.atom(depth: depth)
            items.append(try quantified(atom))
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .concat(items))
    }

    private mutating func atom(depth: Int) throws(LinearPattern.Unsupported) -> PatternNode {
        let c = scalars[i]
        switch c {
        case "(":
            let open = i
            i += 1
            if peek == "?" {
                guard i + 1 < scalars.count, scalars[i + 1] == ":" else {
                    throw fail("'(?' starts lookaround, a named group or an option; only '(?:' is supported", at: open)
                }
                i += 2
            }
            let inner = try alternation(depth: depth + 1)
            guard peek == ")" else { throw fail("a '(' is never closed", at: open) }
            i += 1
            return inner
        case "[": return .set(try characterClass())
        case ".": i += 1; return .set(.dot)
        case "\\": return .set(try escape(inClass: false))
        case "*", "+", "?": throw fail("'\(c)' repeats nothing; escape it as \\\(c)")
        case "{": throw fail("'{' repeats nothing; escape it as \\{")
        case "^": throw fail("'^' is an anchor only at the very start; write \\^ for a caret")
        case "]", "}": throw fail("unbalanced '\(c)'; escape it as \\\(c)")
        default: i += 1; return .set(.single(c))
        }
    }

    /// The atom with its quantifier, if one follows; one quantifier per atom.
    private mutating func quantified(_ atom: PatternNode) throws(LinearPattern.Unsupported) -> PatternNode {
        guard let c = peek, c == "*" || c == "+" || c == "?" || c == "{" else { return atom }
        let node: PatternNode
        switch c {
        case "*": i += 1; node = .repeat(atom, min: 0, max: nil)
        case "+": i += 1; node = .repeat(atom, min: 1, max: nil)
        case "?": i += 1; node = .repeat(atom, min: 0, max: 1)
        default:
            let (lo, hi) = try counts()
            node = .repeat(atom, min: lo, max: hi)
        }
        // A lazy suffix changes which match a search finds, not whether the whole value matches.
        if peek == "?" { i += 1 }
        if peek == "+" { throw fail("possessive quantifiers are not supported") }
        if let next = peek, "*+?{".unicodeScalars.contains(next) {
            throw fail("a quantifier follows a quantifier; group the repeated part instead")
        }
        return node
    }

    /// `{m}`, `{m,}` or `{m,n}`, at `i` on the '{'.
    private mutating func counts() throws(LinearPattern.Unsupported) -> (Int, Int?) {
        let open = i
        i += 1
        func number() -> Int? {
            var n = 0
            var digits = 0
            while let c = peek, ("0"..."9").contains(c) {
                // Stop accumulating past the limit: the value is refused below either way.
                if n <= LinearPattern.maxRepeat { n = n * 10 + Int(c.value - 48) }
                digits += 1
                i += 1
            }
            return digits == 0 ? nil : n
        }
        guard let lo = number() else { throw fail("expected a count after '{'", at: open) }
        var hi: Int? = lo
        if peek == "," {
            i += 1
            hi = number()
        }
        guard peek == "}" else { throw fail("expected '}' to close the count opened here", at: open) }
        i += 1
        if lo > LinearPattern.maxRepeat || (hi ?? 0) > LinearPattern.maxRepeat {
            throw fail("a count above \(LinearPattern.maxRepeat) (LinearPattern.maxRepeat)", at: open)
        }
        if let hi, hi < lo { throw fail("{\(lo),\(hi)}: the maximum is below the minimum", at: open) }
        return (lo, hi)
    }

    private mutating func characterClass() throws(LinearPattern.Unsupported) -> ScalarSet {
        let open = i
        i += 1
        var set = ScalarSet(ranges: [])
        if peek == "^" { set.negated = true; i += 1 }
        var first = true
        while true {
            guard let c = peek else { throw fail("a '[' is never closed", at: open) }
            if c == "]", !first { i += 1; break }
            first = false
            if c == "[" { throw fail("nested classes and class subtraction are not supported; escape it as \\[") }
            let lowAt = i
            let low: ScalarSet
            if c == "\\" { low = try escape(inClass: true) } else { i += 1; low = .single(c) }
            // A range needs single characters at both ends; a '-' first or last is a literal.
            if peek == "-", i + 1 < scalars.count, scalars[i + 1] != "]" {
                i += 1
                let highScalar: Unicode.Scalar
                if peek == "\\" {
                    let high = try escape(inClass: true)
                    guard high.ranges.count == 1, !high.negated, high.ranges[0].count == 1 else {
                        throw fail("a range must end in a single character", at: lowAt)
                    }
                    highScalar = Unicode.Scalar(high.ranges[0].lowerBound)!
                } else {
                    highScalar = scalars[i]
                    i += 1
                }
                guard low.ranges.count == 1, !low.negated, low.ranges[0].count == 1 else {
                    throw fail("a range must start with a single character", at: lowAt)
                }
                let lo = low.ranges[0].lowerBound
                guard lo <= highScalar.value else { throw fail("a range whose end is below its start", at: lowAt) }
                set.ranges.append(lo...highScalar.value)
            } else if low.negated {
                throw fail("\\D, \\W and \\S are not supported inside a class", at: lowAt)
            } else {
                set.ranges += low.ranges
            }
        }
        return set
    }

    /// An escape at `i` (on the backslash).
    private mutating func escape(inClass: Bool) throws(LinearPattern.Unsupported) -> ScalarSet {
        let at = i
        i += 1
        guard let c = peek else { throw fail("a '\\' at the end of the pattern", at: at) }
        i += 1
        switch c {
        case "d": return ScalarSet(ranges: ScalarSet.digit)
        case "D": return ScalarSet(ranges: ScalarSet.digit, negated: true)
        case "w": return ScalarSet(ranges: ScalarSet.word)
        case "W": return ScalarSet(ranges: ScalarSet.word, negated: true)
        case "s": return ScalarSet(ranges: ScalarSet.space)
        case "S": return ScalarSet(ranges: ScalarSet.space, negated: true)
        case "n": return .single("\n")
        case "r": return .single("\r")
        case "t": return .single("\t")
        case "1"..."9": throw fail("backreferences are not supported", at: at)
        default:
            if "\\.-^$|?*+()[]{}/".unicodeScalars.contains(c) { return .single(c) }
            throw fail("the escape \\\(c) is not supported", at: at)
        }
    }
}
