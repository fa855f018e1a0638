/// Norwegian national identity numbers in free text: fødselsnummer,
/// D-numbers (day + 40), H-numbers and synthetic test numbers (month + 40
/// or + 80). The guard errs on the side of refusing: a plausible date part
/// is enough; the control digits only raise confidence.
///
/// People and attackers write the eleven digits in many ways, so the text
/// is read as compatibility-normalised digits (any decimal digit: full
/// width, mathematical, other scripts) with invisible characters (format
/// characters such as zero-width spaces, joiners, soft hyphens and
/// direction marks, and combining marks) ignored. Any short run of other
/// characters between digits is a separator: `01.01.90 12480`,
/// `010190 — 12480`, `010190\n12480`. The eleven digits must start and
/// end where runs of digits do, so longer numbers (phone numbers with a
/// country code, account numbers) are not cut into one, and fall into runs
/// the way an identity number is written (`isWrittenLikeANumber`), so a
/// date with its time or two phone numbers side by side are not one.
public enum IdentityNumber {
    public enum Kind: String, Sendable {
        case birthNumber, dNumber, hNumberOrSynthetic, synthetic
    }

    public struct Match: Sendable, Equatable {
        /// Offsets in the text's Unicode scalars.
        public let range: Range<Int>
        public let kind: Kind
        /// The control digits hold under today's rule or the 2032 rule.
        public let checksumValid: Bool
    }

    /// The most characters between two runs of digits that still join
    /// them: a run of spaces counts as one, invisible characters as none.
    /// Enough for `01.01.90 12480`, `010190 -- 12480` and `010190 / 12480`;
    /// a date and a time written out (`14.12.26 kl. 10`) stay apart.
    static let widestSeparator = 4

    /// Whether `typed`, as it came (controls and escapes in it), holds a
    /// number in either reading: cleaned, or with its controls dropped.
    public static func containsInAnyReading(_ typed: String) -> Bool {
        contains(InputCleaner.clean(typed)) || contains(InputCleaner.withoutControls(typed))
    }

    public static func contains(_ text: String) -> Bool {
        // Fewer than eleven digit-like scalars cannot hold one.
        var digits = 0
        for scalar in text.unicodeScalars where digit(scalar) != nil {
            digits += 1
            if digits == 11 { return !find(in: text).isEmpty }
        }
        return false
    }

    public static func find(in text: String) -> [Match] {
        var matches: [Match] = []
        for group in groups(Array(text.unicodeScalars)) {
            var first = 0
            while first < group.count {
                if let match = candidate(group, from: first) {
                    matches.append(match.match)
                    first = match.after
                } else {
                    first += 1
                }
            }
        }
        return matches
    }

    /// The text with the digits of every identity number replaced by "•",
    /// for echoing a refused line without repeating the number, and for a
    /// last look over a plan before it is written.
    public static func masked(_ text: String) -> String {
        // Almost every text holds none: `contains` counts digits first.
        guard contains(text) else { return text }
        let found = find(in: text)
        guard !found.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for match in found {
            for index in match.range where digit(scalars[index]) != nil { scalars[index] = "•" }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// A maximal run of digits, with invisible characters inside it.
    struct Run {
        var digits: [Int]
        var range: Range<Int>
        /// One space, dot or dash from the run before: the two are likely
        /// groups of one longer number (`22 05 12 00`).
        var closeToPrevious = false
    }

    /// Runs of digits, split into groups wherever the separator between
    /// two runs is wider than `widestSeparator`.
    static func groups(_ scalars: [Unicode.Scalar]) -> [[Run]] {
        var groups: [[Run]] = []
        var group: [Run] = []
        var run: Run?
        // What stands between the last run and the next: its width (a run
        // of spaces counts as one), its length and its first character.
        var gap = 0
        var inSpaces = false
        var length = 0
        var first: Unicode.Scalar = " "
        for (index, scalar) in scalars.enumerated() {
            if let value = digit(scalar) {
                if run == nil {
                    if gap > widestSeparator, !group.isEmpty {
                        groups.append(group)
                        group = []
                    }
                    let close = !group.isEmpty && length == 1 && (first.properties.isWhitespace || first == "." || first == "-")
                    run = Run(digits: [], range: index..<index, closeToPrevious: close)
                    (gap, inSpaces, length) = (0, false, 0)
                }
                run!.digits.append(value)
                run!.range = run!.range.lowerBound..<(index + 1)
            } else if isInvisible(scalar) {
                continue
            } else {
                if let finished = run {
                    group.append(finished)
                    run = nil
                }
                let space = scalar.properties.isWhitespace
                if !(space && inSpaces) { gap += 1 }
                inSpaces = space
                if length == 0 { first = scalar }
                length += 1
            }
        }
        if let run { group.append(run) }
        if !group.isEmpty { groups.append(group) }
        return groups
    }

    /// Eleven digits from the start of `group[first]` to the end of some
    /// later run of the group, written the way people write an identity
    /// number, making a plausible date.
    private static func candidate(_ group: [Run], from first: Int) -> (match: Match, after: Int)? {
        var digits: [Int] = []
        var lengths: [Int] = []
        var last = first
        while last < group.count, digits.count < 11 {
            digits += group[last].digits
            lengths.append(group[last].digits.count)
            last += 1
        }
        // Inside a longer number written in groups (two phone numbers side
        // by side), eleven of its digits are not one of ours.
        let inLongerNumber = group[first].closeToPrevious || (last < group.count && group[last].closeToPrevious)
        guard digits.count == 11, !inLongerNumber, isWrittenLikeANumber(lengths), let kind = dateKind(digits) else { return nil }
        let range = group[first].range.lowerBound..<group[last - 1].range.upperBound
        return (Match(range: range, kind: kind, checksumValid: checksum(digits) != .invalid), last)
    }

    /// How the eleven digits fall into runs: all in one, or the six of
    /// the date apart from the five after it, each half written in the
    /// usual way (`010190`, `01.01.90`, `0101 90`; `12480`, `124 80`), or
    /// every digit apart. A date with its time (`01.03.2026 9:30`: runs of
    /// 2, 2, 4, 1, 2) or a landline beside a mobile number (`22 05 12 00 /
    /// 915 …`: the five after the date as 2 and 3) is not one.
    static func isWrittenLikeANumber(_ lengths: [Int]) -> Bool {
        if lengths.count == 1 || lengths.allSatisfy({ $0 == 1 }) { return true }
        var total = 0
        guard
            let split = lengths.firstIndex(where: {
                total += $0; return total >= 6
            }), total == 6
        else { return false }
        let date = Array(lengths[...split]), individual = Array(lengths[(split + 1)...])
        let dateForms: Set<[Int]> = [[6], [2, 2, 2], [4, 2], [2, 4]]
        let individualForms: Set<[Int]> = [[5], [3, 2]]
        return (dateForms.contains(date) || date.allSatisfy { $0 == 1 })
            && (individualForms.contains(individual) || individual.allSatisfy { $0 == 1 })
    }

    /// A scalar's value as a decimal digit: ASCII, full-width, mathematical
    /// and other scripts' digits (what NFKC folds to 0–9), or nil.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCII {
            let value = Int(scalar.value) - 48
            return (0...9).contains(value) ? value : nil
        }
        let properties = scalar.properties
        guard properties.numericType == .decimal || properties.numericType == .digit,
            let value = properties.numericValue, value >= 0, value <= 9, value == value.rounded()
        else { return nil }
        return Int(value)
    }

    /// Characters that show nothing of their own: format characters (Cf)
    /// and combining marks.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0xAD { return false }
        switch scalar.properties.generalCategory {
        case .format, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The kind of number the date part makes plausible, or nil.
    static func dateKind(_ d: [Int]) -> Kind? {
        var day = d[0] * 10 + d[1]
        var month = d[2] * 10 + d[3]
        let year = d[4] * 10 + d[5]
        var kind = Kind.birthNumber
        if (41...71).contains(day) {
            day -= 40
            kind = .dNumber
        }
        if (41...52).contains(month) {
            month -= 40
            kind = kind == .dNumber ? .dNumber : .hNumberOrSynthetic
        } else if (81...92).contains(month) {
            month -= 80
            kind = .synthetic
        }
        guard (1...12).contains(month), day >= 1 else { return nil }
        // The century is in the individual number; allow 29 February in
        // any year divisible by four.
        let days = month == 2 ? (year % 4 == 0 ? 29 : 28) : LocalDate.daysIn(month: month, year: 2001)
        return day <= days ? kind : nil
    }

    public enum Checksum: Equatable, Sendable { case both, todayOnly, rule2032Only, invalid }

    /// Today's rule: k1 and k2 = 11 − (S mod 11), 11 → 0, 10 → invalid.
    /// From 2032, k1 may be any digit with (S1 + k1) mod 11 in 0…3; k2 as before.
    public static func checksum(_ d: [Int]) -> Checksum {
        guard d.count == 11 else { return .invalid }
        let s1 = zip([3, 7, 6, 1, 8, 9, 4, 5, 2], d).reduce(0) { $0 + $1.0 * $1.1 }
        let s2 = zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d).reduce(0) { $0 + $1.0 * $1.1 }
        func control(_ sum: Int) -> Int? {
            let k = 11 - sum % 11
            return k == 11 ? 0 : (k == 10 ? nil : k)
        }
        guard let k2 = control(s2), k2 == d[10] else { return .invalid }
        let today = control(s1) == d[9]
        let later = [0, 1, 2, 3].contains((s1 + d[9]) % 11)
        switch (today, later) {
        case (true, true): return .both
        case (true, false): return .todayOnly
        case (false, true): return .rule2032Only
        case (false, false): return .invalid
        }
    }

}
