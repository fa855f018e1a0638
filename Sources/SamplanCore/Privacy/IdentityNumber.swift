/// Norwegian national identity numbers in free text: fødselsnummer,
/// D-numbers (day + 40), H-numbers and synthetic test numbers (month + 40
/// or + 80). Eleven digits, optionally with spaces, dots or dashes after
/// the sixth. The guard errs on the side of refusing: a plausible date part
/// is enough; the control digits only raise confidence.
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

    public static func contains(_ text: String) -> Bool { !find(in: text).isEmpty }

    public static func find(in text: String) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        var matches: [Match] = []
        var start = 0
        while start < scalars.count {
            guard isDigit(scalars[start]), start == 0 || !isDigit(scalars[start - 1]) else {
                start += 1
                continue
            }
            if let match = candidate(scalars, at: start) {
                matches.append(match)
                start = match.range.upperBound
            } else {
                start += 1
            }
        }
        return matches
    }

    /// The text with the digits of every identity number replaced by "•",
    /// for echoing a refused line without repeating the number.
    public static func masked(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for match in find(in: text) {
            for index in match.range where isDigit(scalars[index]) { scalars[index] = "•" }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// Six digits, at most three separators, five digits, and no digit on
    /// either side.
    private static func candidate(_ scalars: [Unicode.Scalar], at start: Int) -> Match? {
        var digits: [Int] = []
        var index = start
        while index < scalars.count, digits.count < 6, isDigit(scalars[index]) {
            digits.append(value(scalars[index]))
            index += 1
        }
        guard digits.count == 6 else { return nil }
        var separators = 0
        while index < scalars.count, separators < 3, [" ", ".", "-", "\u{A0}"].contains(scalars[index]) {
            separators += 1
            index += 1
        }
        while index < scalars.count, digits.count < 11, isDigit(scalars[index]) {
            digits.append(value(scalars[index]))
            index += 1
        }
        guard digits.count == 11, index == scalars.count || !isDigit(scalars[index]),
              let kind = dateKind(digits) else { return nil }
        return Match(range: start..<index, kind: kind, checksumValid: checksum(digits) != .invalid)
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

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func value(_ scalar: Unicode.Scalar) -> Int { Int(scalar.value) - 48 }
}
