import Testing

@testable import SamplanCore

/// What a hostile test of samplan found in the core (issue 17): identity
/// numbers in disguise, rules that hang, and text that attacks its reader.
struct HostileInputTests {
    /// A valid fødselsnummer (both control-digit rules), and a D-number.
    static let number = "01019012480"
    static let dNumber = "41019012448"

    /// Ways to write an identity number that the first guard let through,
    /// each still refused.
    static let disguises: [String] = [
        "01.01.90 12480",  // the natural way
        "01.01.90-12480",
        "01/01/90 12480",
        "010190 -- 12480",  // more separators
        "010190 / 12480",
        "010190_12480",
        "010190 – 12480",  // typographic dashes
        "010190—12480",
        "010190\u{2009}12480",  // thin space
        "010190\u{3000}12480",  // ideographic space
        "0101\u{200B}9012480",  // zero-width space inside
        "010190\u{2060}12480",  // word joiner
        "0101\u{00AD}9012480",  // soft hyphen
        "010190\u{200D}12480",  // zero-width joiner
        "\u{202E}08421091010",  // right-to-left override
        "0\u{0301}1019012480",  // combining mark
        "０１０１９０１２４８０",  // full-width digits
        "𝟎𝟏𝟎𝟏𝟗𝟎𝟏𝟐𝟒𝟖𝟎",  // mathematical digits
        "٠١٠١٩٠١٢٤٨٠",  // Arabic-Indic digits
        "0 1 0 1 9 0 1 2 4 8 0",
        "Enhet 010190-12480 NAV",  // what two answers make in a file name
        "010190\n12480",  // a long answer's two lines
        "fnr. 41.01.90 12448",  // a D-number
        "010190 124 80", "0101 90 12480", "0\n1\n0\n1\n9\n0\n1\n2\n4\n8\n0",
    ]

    /// Numbers people write in a cooperation plan, each still accepted.
    static let lookAlikes: [String] = [
        "22 33 44 55", "+47 22 33 44 55", "tlf 915 12 345 / 22 33 44 55", "91512345, 92345678",
        "23.11.2026", "14.12.26 kl. 10", "14.12.2026 kl 10:15–11:30", "01.02.27 10:00-11:30",
        "0150 Oslo", "org.nr. 974 760 673", "kr 1 500 000", "2 000 000 kr og 350 000 kr",
        "hver tirsdag 9–12", "8 timer i uka", "2027", "rom 1234, tlf 55 97 00 00",
        "12345678901", "32129956715", "1311299567 15", "004791512345", "Uke 3, 2027: 12 deltakere",
        "kontonr 1234.56.78903",
        // Found by a reader of the first version of the guard:
        "Møte 01.03.2026 kl 9.30", "01.03.2026 9:30", "22 05 12 00 / 915 12 345",
        "kr 1 500, 2 500 og 3 000", "Oppstart — 01.03.2026\n9.30 oppstartsmøte",
        "uke 12, 2027 kl 10", "14.12.2026 kl 8", "1.2.2027 09:00",
    ]

    @Test(arguments: disguises)
    func everyDisguiseIsRefused(_ text: String) {
        #expect(IdentityNumber.contains(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        // And masked wherever it would be shown.
        #expect(!IdentityNumber.contains(IdentityNumber.masked(text)))
    }

    @Test(arguments: lookAlikes)
    func everyLookAlikePasses(_ text: String) {
        #expect(!IdentityNumber.contains(text), "\(text)")
        #expect(IdentityNumber.masked(text) == text)
    }

    @Test func theDisguisedNumbersAreReal() {
        #expect(IdentityNumber.checksum(Self.number.map { Int(String($0))! }) != .invalid)
        #expect(IdentityNumber.find(in: "fnr. 41.01.90 12448").first?.kind == .dNumber)
    }

    @Test func maskingCoversDigitsOfEveryScript() {
        #expect(IdentityNumber.masked("A ０１０１９０１２４８０ B") == "A ••••••••••• B")
        #expect(IdentityNumber.masked("01.01.90 12480, tlf 22 33 44 55") == "••.••.•• •••••, tlf 22 33 44 55")
    }

    // MARK: Text that attacks its reader

    @Test func bidiOverridesAndHiddenFormatCharactersAreRemoved() {
        #expect(InputCleaner.clean("Plan\u{202E}txt.exe") == "Plantxt.exe")
        #expect(InputCleaner.clean("a\u{2066}b\u{2069}c\u{200E}d\u{FEFF}e\u{00AD}f") == "abcdef")
        #expect(InputCleaner.clean("\u{E0001}x") == "x")
        // Emoji and scripts that need the joiners keep them.
        #expect(InputCleaner.clean("👩\u{200D}⚕️") == "👩\u{200D}⚕️")
        #expect(InputCleaner.clean("می\u{200C}خواهم") == "می\u{200C}خواهم")
        #expect(InputCleaner.clean("NAV – «DPS-et» → €") == "NAV – «DPS-et» → €")
    }

    /// The byte check that lets clean text through uncopied finds every
    /// hidden format character of the General Punctuation block.
    @Test func theByteCheckFindsEveryFormatCharacterUpToU2FFF() {
        for value in UInt32(0xA0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            let removed = InputCleaner.isControl(scalar) || InputCleaner.isHiddenFormat(scalar)
            #expect(InputCleaner.clean(text) == (removed ? "ab" : text), "U+\(String(value, radix: 16))")
        }
    }

    // MARK: Rules that hang

    /// `&c1 {all: [*c0, *c0]}` nested: a kilobyte that stands for billions
    /// of conditions is refused at the alias that goes over the budget.
    @Test func anAliasBombIsRefusedWithItsPlace() {
        var yaml = Fixture.valid + "  - id: bomb\n    section: start\n    severity: advice\n"
        yaml += "    message: {nb: x, en: x}\n    source: proba\n"
        yaml += "    when: &c0 {question: unit, answered: true}\n"
        for level in 1...40 {
            yaml += "    x\(level): &c\(level) {all: [*c\(level - 1), *c\(level - 1)]}\n"
        }
        do {
            _ = try RulesLoader.load(text: yaml, file: "r.yaml")
            Issue.record("the alias bomb loaded")
        } catch {
            let text = error.render(in: .en)
            #expect(text.contains("the aliases expand the document to more than 200000 nodes"), "\(text)")
            // At the first alias that goes over: level 14 (the uses add up).
            #expect(text.hasPrefix("r.yaml:76:28: "), "\(text)")
            #expect(text.contains("    x14: &c14 {all: [*c13, *c13]}\n"), "\(text)")
        }
    }

    @Test func aFewAliasesStillWork() throws {
        let yaml =
            Fixture.valid.replacing("when: {question: often, is: monthly}", with: "when: &m {question: often, is: monthly}")
            + "  - id: again\n    section: start\n    severity: advice\n    when: *m\n    message: {nb: x, en: x}\n    source: proba\n"
        let book = try RulesLoader.load(text: yaml, file: "r.yaml")
        #expect(book.feedback.count == 4)
    }

    static let hangingPatterns: [(pattern: String, possessive: String)] = [
        ("^(a+)+$", "^(a++)++$"),
        ("(a|aa)*b", "(a|aa)*+b"),
        ("\\w*\\w*\\w*x", "\\w*+\\w*+\\w*+x"),
        ("(x{2,})+", "(x{2,}+)++"),
        ("a{1,9}?b", "a{1,9}+b"),  // lazy becomes possessive
        ("(.*?,){11}P", "(.*+,){11}+P"),
    ]

    @Test func patternsThatMayGiveBackAreFoundAndMadePossessive() {
        for (pattern, possessive) in Self.hangingPatterns {
            #expect(!PatternSafety.findings(pattern).isEmpty, "\(pattern)")
            #expect(PatternSafety.possessive(pattern) == possessive, "\(pattern)")
            #expect(PatternSafety.findings(possessive).isEmpty, "\(possessive)")
        }
        for safe in ["^[a-z]", "(?i)^nav", "^\\p{Lu}\\p{Ll}++$", "colou?r", "[+*{}]x", "\\+\\*", "a{1}b", "(?:ab)?c", "x{2}+"] {
            #expect(PatternSafety.findings(safe).isEmpty, "\(safe)")
        }
        #expect(PatternSafety.findings("(a)\\1") == [.backreference])
        #expect(PatternSafety.findings("(?P<x>a)(?P=x)") == [.backreference])
        #expect(PatternSafety.findings("\\Q.*\\Ex") == [], "quoted")
        #expect(PatternSafety.findings("\\o{101}") == [], "an octal escape, not a count")
        #expect(PatternSafety.possessive("(?<x>a)\\k<x>") == nil)
    }

    /// The one pattern samplan shipped (a person's name) becomes exactly the
    /// built-in rules' new one, and both accept the same answers.
    @Test func theShippedNamePatternMeansTheSamePossessive() throws {
        let old = #"^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?( \p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?)+$"#
        let new = #"^\p{Lu}\p{Ll}++(-\p{Lu}\p{Ll}++)?( \p{Lu}\p{Ll}++(-\p{Lu}\p{Ll}++)?)++$"#
        #expect(PatternSafety.possessive(old) == new)
        #expect(BuiltinRules.text.contains(new))
        let (before, after) = (try Pattern(old), try Pattern(new))
        for answer in [
            "Kari Nordmann", "Ole-Petter Ås", "Anne Berit Hansen-Lie", "enhetsleder", "NAV-veileder",
            "Kari", "Kari nordmann", "Kari  Nordmann", "Åse Øvrebø", "Fagkoordinator DPS",
        ] {
            #expect(before.matches(answer) == after.matches(answer), "\(answer)")
        }
    }

    static var hanging: String {
        Fixture.valid.replacing("matches: '^[A-Z]'", with: "matches: '^(a+)+$'")
    }

    @Test func checkRefusesAPatternThatMayHang() {
        do {
            _ = try RulesLoader.load(text: Self.hanging, file: "r.yaml")
            Issue.record("loaded")
        } catch {
            #expect(
                error.render(in: .en).hasPrefix(
                    """
                    r.yaml:42:37: the pattern '^(a+)+$' has a repetition that can give back what it took, so some answers would make matching take exponential time; make every repetition possessive: '^(a++)++$'
                    """), "\(error.render(in: .en))")
        }
    }

    /// Rules recorded in a transcript load with the pattern made
    /// possessive, and an answer that took minutes before is judged at once.
    @Test func recordedRulesWithAHangingPatternStillLoadAndDoNotHang() throws {
        let book = try RulesLoader.load(text: Self.hanging, file: "t (rules-yaml)", patterns: .recorded)
        let interview = Interview(rules: book, language: .en)
        var state = interview.start(today: LocalDate(iso: "2026-11-23")!)
        let events = interview.step(&state, .line(String(repeating: "a", count: 40) + "b"))
        #expect(events.contains { if case .answered = $0 { true } else { false } })
        var blocked = interview.start(today: LocalDate(iso: "2026-11-23")!)
        #expect(interview.step(&blocked, .line("aaaa")) == [.blocked(feedback: "unit-upper")])
    }
}
