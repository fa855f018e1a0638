/// Keeps `matches` patterns from hanging samplan. Swift's regular
/// expressions backtrack, so a repetition that can give back what it took
/// in many ways (`^(a+)+$` against twenty-odd letters ran for minutes)
/// takes exponential time, and no time limit can stop a match in progress.
/// A possessive repetition (`++`, `*+`, `{2,}+`) never gives anything back:
/// matching is then bounded by the length of the answer times the pattern.
///
/// Rules files must write every repetition possessively (`samplan check`
/// says where). Rules recorded in a transcript before this rule existed are
/// read with their repetitions made possessive: the one pattern samplan
/// shipped (a name: capitalised words) matches the same answers either way,
/// because what each repetition takes can never start what follows it.
enum PatternSafety {
    enum Finding: Equatable {
        /// A repetition that may give back, ending at this scalar offset:
        /// a `+` there makes it possessive, or, for a lazy one, the `?`
        /// there becomes the `+`.
        case givesBack(end: Int, lazy: Bool)
        /// A backreference (`\1`, `\k<name>`): no possessive form bounds it.
        case backreference
    }

    static func findings(_ source: String) -> [Finding] {
        let s = Array(source.unicodeScalars)
        var findings: [Finding] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\\":
                guard i + 1 < s.count else { return findings }
                let next = s[i + 1]
                if ("1"..."9").contains(next) || next == "k" || next == "g" {
                    findings.append(.backreference)
                }
                if next == "Q" {
                    // Quoted literally up to \E: nothing in it repeats.
                    i = (i + 2..<s.count).first { s[$0] == "\\" && $0 + 1 < s.count && s[$0 + 1] == "E" }.map { $0 + 2 } ?? s.count
                    continue
                }
                if ["p", "P", "x", "u", "N", "o"].contains(next), i + 2 < s.count, s[i + 2] == "{" {
                    i = (s[(i + 2)...].firstIndex(of: "}") ?? s.count - 1) + 1
                } else {
                    i += 2
                }
                continue
            case "[":
                i = afterClass(s, i)
                continue
            case "(":
                // `(?` opens a special group: that `?` repeats nothing.
                // `(?P=name)` is a backreference by name.
                if i + 3 < s.count, s[i + 1] == "?", s[i + 2] == "P", s[i + 3] == "=" { findings.append(.backreference) }
                i += (i + 1 < s.count && s[i + 1] == "?") ? 2 : 1
                continue
            case "*", "+":
                i = quantifier(s, end: i + 1, repeats: true, &findings)
                continue
            case "?":
                // At most once: nothing to give back in many ways.
                i = quantifier(s, end: i + 1, repeats: false, &findings)
                continue
            case "{":
                if let (end, repeats) = counted(s, i) {
                    i = quantifier(s, end: end, repeats: repeats, &findings)
                    continue
                }
            default:
                break
            }
            i += 1
        }
        return findings
    }

    /// `source` with every repetition made possessive; nil when it has a
    /// backreference.
    static func possessive(_ source: String) -> String? {
        let found = findings(source)
        if found.contains(.backreference) { return nil }
        var inserts: Set<Int> = [], replaces: Set<Int> = []
        for finding in found {
            if case .givesBack(let end, let lazy) = finding {
                if lazy { replaces.insert(end) } else { inserts.insert(end) }
            }
        }
        guard !inserts.isEmpty || !replaces.isEmpty else { return source }
        var out = String.UnicodeScalarView()
        for (offset, scalar) in source.unicodeScalars.enumerated() {
            if inserts.contains(offset) { out.append("+") }
            out.append(replaces.contains(offset) ? "+" : scalar)
        }
        if inserts.contains(source.unicodeScalars.count) { out.append("+") }
        return String(out)
    }

    /// Past a quantifier ending at `end` and its `+` (possessive) or `?`
    /// (lazy) mark, noting a repetition that may give back.
    private static func quantifier(_ s: [Unicode.Scalar], end: Int, repeats: Bool, _ findings: inout [Finding]) -> Int {
        if end < s.count, s[end] == "+" { return end + 1 }
        let lazy = end < s.count && s[end] == "?"
        if repeats { findings.append(.givesBack(end: end, lazy: lazy)) }
        return lazy ? end + 1 : end
    }

    /// `{n}`, `{n,}`, `{,m}` or `{n,m}` starting at `start`: where it ends,
    /// and whether it can repeat (more than once).
    private static func counted(_ s: [Unicode.Scalar], _ start: Int) -> (Int, Bool)? {
        guard let close = s[start...].firstIndex(of: "}") else { return nil }
        let inside = String(String.UnicodeScalarView(s[(start + 1)..<close]))
        let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            !inside.isEmpty, inside != ","
        else { return nil }
        let most = parts.count == 1 ? Int(parts[0]) : (parts[1].isEmpty ? nil : Int(parts[1]))
        return (close + 1, most.map { $0 > 1 } ?? true)
    }

    /// Past a character class, nested classes and escapes included.
    private static func afterClass(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var depth = 0
        var i = start
        while i < s.count {
            switch s[i] {
            case "\\": i += 1
            case "[": depth += 1
            case "]":
                // A `]` first in a class is a literal.
                if i > start + 1 || (i == start + 1 && depth > 1) {
                    depth -= 1
                    if depth == 0 { return i + 1 }
                }
            default: break
            }
            i += 1
        }
        return s.count
    }
}
