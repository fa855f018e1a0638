import Testing

@testable import SamplanCore

/// The identity-number guard: every kind and format is caught, ordinary
/// numbers pass.
struct IdentityNumberTests {
    /// Builds a number with valid control digits for a date and individual
    /// number; `rule2032` picks a k1 that only the 2032 rule accepts.
    static func make(day: Int, month: Int, year: Int, individual: Int, rule2032: Bool = false) -> String? {
        var d = [
            day / 10, day % 10, month / 10, month % 10, year / 10, year % 10,
            individual / 100, individual / 10 % 10, individual % 10,
        ]
        let s1 = zip([3, 7, 6, 1, 8, 9, 4, 5, 2], d).reduce(0) { $0 + $1.0 * $1.1 }
        var k1: Int
        if rule2032 {
            guard let k = (0...9).first(where: { [1, 2, 3].contains((s1 + $0) % 11) }) else { return nil }
            k1 = k
        } else {
            k1 = 11 - s1 % 11
            if k1 == 11 { k1 = 0 }
            if k1 == 10 { return nil }
        }
        d.append(k1)
        let s2 = zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d).reduce(0) { $0 + $1.0 * $1.1 }
        var k2 = 11 - s2 % 11
        if k2 == 11 { k2 = 0 }
        if k2 == 10 { return nil }
        d.append(k2)
        return d.map { String($0) }.joined()
    }

    /// A few hundred valid numbers: every kind, both control-digit rules.
    static let generated: [(number: String, kind: IdentityNumber.Kind)] = {
        var generator = SystemRandomNumberGenerator()
        var result: [(String, IdentityNumber.Kind)] = []
        while result.count < 400 {
            let month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...LocalDate.daysIn(month: month, year: 2001), using: &generator)
            let year = Int.random(in: 0...99, using: &generator)
            let individual = Int.random(in: 0...999, using: &generator)
            let kinds: [IdentityNumber.Kind] = [.birthNumber, .dNumber, .hNumberOrSynthetic, .synthetic]
            let kind = kinds[result.count % 4]
            let d = kind == .dNumber ? day + 40 : day
            let m = kind == .hNumberOrSynthetic ? month + 40 : (kind == .synthetic ? month + 80 : month)
            if let number = make(day: d, month: m, year: year, individual: individual, rule2032: result.count % 3 == 0) {
                result.append((number, kind))
            }
        }
        return result
    }()

    static let formats: [@Sendable (String) -> String] = [
        { $0 },
        { String($0.prefix(6)) + " " + $0.dropFirst(6) },
        { String($0.prefix(6)) + "." + $0.dropFirst(6) },
        { String($0.prefix(6)) + "-" + $0.dropFirst(6) },
        { String($0.prefix(6)) + " - " + $0.dropFirst(6) },
        { "Pasienten (" + $0 + ") ønsker jobb" },
        { "fnr:" + String($0.prefix(6)) + " " + $0.dropFirst(6) + "." },
    ]

    @Test(arguments: formats.indices)
    func everyGeneratedNumberIsFoundInEveryFormat(_ format: Int) {
        for (number, kind) in Self.generated {
            let text = Self.formats[format](number)
            let found = IdentityNumber.find(in: text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.kind == kind, "\(text)")
            #expect(found.first?.checksumValid == true, "\(text)")
        }
    }

    @Test func theDomainBriefsVectors() {
        func digits(_ s: String) -> [Int] { s.map { Int(String($0))! } }
        #expect(IdentityNumber.checksum(digits("31129956715")) == .both)
        #expect(IdentityNumber.checksum(digits("02013299997")) != .invalid)
        #expect(IdentityNumber.checksum(digits("30108299920")) != .invalid)
        #expect(IdentityNumber.checksum(digits("30108299939")) == .rule2032Only)
        #expect(IdentityNumber.checksum(digits("31129956716")) == .invalid)
        for number in ["31129956715", "02013299997", "30108299920", "30108299939"] {
            #expect(IdentityNumber.contains("svar " + number))
        }
    }

    /// A plausible date is enough: a mistyped control digit is still refused.
    @Test func plausibleDateWithBadControlDigitsIsStillFound() {
        let found = IdentityNumber.find(in: "31129956716")
        #expect(found.count == 1 && found[0].checksumValid == false)
    }

    @Test(arguments: [
        "22 33 44 55", "+47 22 33 44 55", "915 12 345", "91512345", "004791512345", "8", "7,5 timer",
        "2027", "0150 Oslo", "23.11.2026", "2026-11-23", "974 760 673", "12345678901", "32129956715",
        "31139956715", "310299 56715", "hver tirsdag 9–12", "rom 1234, tlf 55 97 00 00", "100000000000",
        "311299567150", "1311299567 15",
    ])
    func ordinaryNumbersPass(_ text: String) {
        #expect(!IdentityNumber.contains(text), "\(text)")
    }

    @Test func maskingHidesOnlyTheNumber() {
        #expect(
            IdentityNumber.masked("Kari, 311299 56715, tlf 91512345")
                == "Kari, •••••• •••••, tlf 91512345")
    }

    @Test func controlCharactersAndEscapesAreRemoved() {
        #expect(InputCleaner.clean("rød\u{1B}[31m tekst\u{1B}[0m") == "rød tekst")
        #expect(InputCleaner.clean("tittel\u{1B}]0;hacked\u{7} ok") == "tittel ok")
        #expect(InputCleaner.clean("a\u{0}b\u{7}c\u{9B}2Jd\u{85}e\tf\u{7F}") == "abcde f")
        #expect(InputCleaner.clean("æøå – «ok»") == "æøå – «ok»")
        #expect(InputCleaner.clean("\u{1B}") == "")
    }

    /// The byte-level check that lets clean text through uncopied agrees
    /// with the scalar rule for every scalar up to U+02FF, alone and
    /// between letters (C1 controls are 0xC2 0x80…0x9F in UTF-8).
    @Test func cleanTextPassesAndEveryControlIsCaught() {
        for value in UInt32(0)...0x2FF {
            let scalar = Unicode.Scalar(value)!
            let text = "a" + String(Character(scalar)) + "b"
            let removed = InputCleaner.isControl(scalar) || InputCleaner.isHiddenFormat(scalar)
            let expected = scalar == "\t" ? "a b" : removed ? "ab" : text
            if scalar == "\u{1B}" || scalar == "\u{9B}" { continue }
            #expect(InputCleaner.clean(text) == expected, "U+\(String(value, radix: 16))")
            #expect(InputCleaner.cleanKeepingLines(text) == (scalar == "\n" ? text : expected))
        }
        #expect(InputCleaner.cleanKeepingLines("æ\nø\n\u{85}å") == "æ\nø\nå")
    }
}
