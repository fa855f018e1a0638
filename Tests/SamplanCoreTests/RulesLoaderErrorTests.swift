import Testing

@testable import SamplanCore

/// Each kind of broken rules file, with the exact text `samplan check` prints.
struct RulesLoaderErrorTests {
    /// The error text for a rules file that must fail to load.
    func errors(_ yaml: String, language: Language = .en) -> String {
        do {
            _ = try RulesLoader.load(text: yaml, file: "r.yaml")
            Issue.record("expected the rules to be refused")
            return ""
        } catch {
            return error.render(in: language)
        }
    }

    @Test func yamlSyntaxError() {
        let yaml = Fixture.valid.replacing("  nb: Plan\n", with: "  nb: [Plan\n")
        #expect(
            errors(yaml) == """
                r.yaml:6:5: YAML syntax error: while parsing a flow sequence; did not find expected ',' or ']'
                  en: Plan
                    ^

                """)
    }

    @Test func emptyFile() {
        #expect(errors("# only a comment\n") == "r.yaml: the rules file is empty\n")
    }

    @Test func binaryFile() throws {
        #expect(throws: RulesError.self) { try RulesLoader.load(data: [0xFF, 0xFE, 0x00, 0x41], file: "r.yaml") }
        do { _ = try RulesLoader.load(data: [0xFF, 0xFE, 0x00, 0x41], file: "r.yaml") } catch {
            #expect(error.render(in: .en) == "r.yaml:1:1: the rules file is not UTF-8 text\n\u{FFFD}\u{FFFD}\u{FFFD}A\n^\n")
        }
    }

    /// Latin-1 saved by an old editor: the line and column of the first
    /// byte that is not UTF-8, counted in the characters before it.
    @Test func latin1FileNamesTheFirstBadByte() throws {
        let bytes = Array("format: 1\nid: x\ntitle: bl".utf8) + [0xE5, 0x62, 0xE6, 0x72, 0x0A]
        do {
            _ = try RulesLoader.load(data: bytes, file: "r.yaml")
            Issue.record("loaded")
        } catch {
            #expect(error.render(in: .en) == "r.yaml:3:10: the rules file is not UTF-8 text\ntitle: bl\u{FFFD}b\u{FFFD}r\n         ^\n")
        }
        #expect(RulesLoader.firstInvalidUTF8(Array("æø\nå".utf8) + [0xC3]) == (2, 2))
    }

    /// Escape sequences in a bad line are not shown as they are.
    @Test func theShownLineCarriesNoEscapes() {
        #expect(errors("format: 1\nid: \u{1B}[2J[\n").contains("\u{1B}") == false)
    }

    @Test func unsupportedFormat() {
        #expect(
            errors(Fixture.valid.replacing("format: 1", with: "format: 3")) == """
                r.yaml:1:9: unsupported rules format '3'; this samplan reads formats 1 and 2, and followup-1 for follow-up rules
                format: 3
                        ^

                """)
    }

    @Test func unknownField() {
        let yaml = Fixture.valid.replacing("        ask: dps\n", with: "        ask: dps\n        colour: red\n")
        #expect(
            errors(yaml) == """
                r.yaml:20:9: unknown field 'colour'; expected one of: id, ask, type, text, help, when, role, options, multiple, min, max, unit, unit_one, step, clarify, unsettled
                        colour: red
                        ^

                """)
    }

    @Test func missingField() {
        let yaml = Fixture.valid.replacing("        type: text\n", with: "")
        #expect(
            errors(yaml) == """
                r.yaml:18:9: missing required field 'type'
                      - id: unit
                        ^

                """)
    }

    @Test func unknownQuestionType() {
        let yaml = Fixture.valid.replacing("        type: date", with: "        type: dato")
        #expect(
            errors(yaml) == """
                r.yaml:29:15: unknown type 'dato'; expected one of: text, longtext, choice, yesno, number, date, role, actions
                        type: dato
                              ^

                """)
    }

    @Test func duplicateQuestionID() {
        let yaml = Fixture.valid.replacing("      - id: first_meeting", with: "      - id: unit")
        #expect(
            errors(yaml) == """
                r.yaml:27:13: duplicate question id 'unit' (first defined on line 18)
                      - id: unit
                            ^
                r.yaml:54:22: unknown question 'first_meeting'
                    when: {question: first_meeting, more_than: 28}
                                     ^

                """)
    }

    @Test func conditionReadsUnknownQuestion() {
        let yaml = Fixture.valid.replacing("{question: unit, answered: true}", with: "{question: unti, answered: true}")
        #expect(
            errors(yaml) == """
                r.yaml:30:26: unknown question 'unti'
                        when: {question: unti, answered: true}
                                         ^

                """)
    }

    @Test func conditionReadsLaterQuestion() {
        let yaml = Fixture.valid.replacing("{question: unit, answered: true}", with: "{question: first_meeting, answered: true}")
        #expect(
            errors(yaml) == """
                r.yaml:30:26: the condition of 'first_meeting' refers to 'first_meeting', which is not asked before it
                        when: {question: first_meeting, answered: true}
                                         ^

                """)
    }

    @Test func missingTranslation() {
        let yaml = Fixture.valid.replacing("        text: {nb: Hvilken enhet?, en: Which unit?}", with: "        text: {nb: Hvilken enhet?}")
        #expect(
            errors(yaml) == """
                r.yaml:21:15: missing translation: no 'en' text
                        text: {nb: Hvilken enhet?}
                              ^

                """)
    }

    @Test func invalidPattern() {
        let yaml = Fixture.valid.replacing("matches: '^[A-Z]'", with: "matches: '^[A-Z'")
        let text = errors(yaml)
        #expect(text.hasPrefix("r.yaml:42:37: invalid pattern '^[A-Z': "))
        #expect(
            text.hasSuffix(
                """
                    when: {question: unit, matches: '^[A-Z'}
                                                    ^

                """))
    }

    @Test func emptySection() {
        let yaml = Fixture.valid.replacing(Fixture.questions, with: "    questions: []\n")
        #expect(
            errors(yaml).hasPrefix(
                """
                r.yaml:17:16: section 'start' has no questions
                    questions: []
                               ^

                """))
    }

    @Test func unknownSource() {
        let yaml = Fixture.valid.replacing("    source: proba\n", with: "    source: prob\n", maxReplacements: 1)
        #expect(
            errors(yaml) == """
                r.yaml:16:13: unknown source 'prob'; list it under 'sources'
                    source: prob
                            ^

                """)
    }

    @Test func unknownOptionInCondition() {
        let yaml = Fixture.valid.replacing("is: monthly", with: "is: yearly")
        #expect(
            errors(yaml) == """
                r.yaml:48:33: 'yearly' is not an option of 'often'; expected one of: weekly, monthly
                    when: {question: often, is: yearly}
                                                ^

                """)
    }

    @Test func testNotForType() {
        let yaml = Fixture.valid.replacing("{question: first_meeting, more_than: 28}", with: "{question: first_meeting, matches: x}")
        #expect(
            errors(yaml) == """
                r.yaml:54:46: the test 'matches' does not apply to a date question
                    when: {question: first_meeting, matches: x}
                                                             ^

                """)
    }

    @Test func unknownSeverity() {
        let yaml = Fixture.valid.replacing("severity: blocking", with: "severity: fatal")
        #expect(
            errors(yaml) == """
                r.yaml:41:15: unknown severity 'fatal'; expected one of: blocking, advice
                    severity: fatal
                              ^

                """)
    }

    @Test func conditionWithTwoTests() {
        let yaml = Fixture.valid.replacing("{question: often, is: monthly}", with: "{question: often, is: monthly, answered: true}")
        #expect(
            errors(yaml) == """
                r.yaml:48:11: a condition needs exactly one test, found: is, answered
                    when: {question: often, is: monthly, answered: true}
                          ^

                """)
    }

    @Test func invalidRange() {
        let yaml = Fixture.valid.replacing("min: 0\n", with: "min: 50\n")
        #expect(
            errors(yaml) == """
                r.yaml:35:14: invalid range: min 50 is greater than max 40
                        min: 50
                             ^

                """)
    }

    /// Once crashed: an empty combinator left the rule with nothing to check.
    @Test func emptyCombinator() {
        let yaml = Fixture.valid.replacing("{question: often, is: monthly}", with: "{all: []}")
        #expect(
            errors(yaml) == """
                r.yaml:48:17: 'all' must not be empty
                    when: {all: []}
                                ^

                """)
    }

    @Test func duplicateYAMLKey() {
        let yaml = Fixture.valid.replacing("version: 1.0\n", with: "version: 1.0\nversion: 1.1\n")
        #expect(errors(yaml).hasPrefix("r.yaml:3:1: YAML syntax error: duplicate key 'version' in a mapping"))
    }

    @Test func norwegianMessages() {
        let yaml = Fixture.valid.replacing("        type: date", with: "        type: dato")
        #expect(
            errors(yaml, language: .nb).hasPrefix(
                "r.yaml:29:15: ukjent type «dato»; forventet ett av: text, longtext, choice, yesno, number, date, role, actions\n"))
    }

    /// Every problem of a file comes out in one run, in file order.
    @Test func allErrorsAtOnce() {
        var yaml = Fixture.valid
        yaml = yaml.replacing("    source: proba\n", with: "    source: prob\n", maxReplacements: 1)
        yaml = yaml.replacing("        type: date", with: "        type: dato")
        yaml = yaml.replacing("severity: blocking", with: "severity: fatal")
        yaml = yaml.replacing("is: monthly", with: "is: yearly")
        let text = errors(yaml)
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("r.yaml:") }
        #expect(
            headers.map { $0.split(separator: ":").prefix(3).joined(separator: ":") }
                == ["r.yaml:16:13", "r.yaml:29:15", "r.yaml:41:15", "r.yaml:48:33"])
    }

    @Test func validFixtureLoads() throws {
        let book = try RulesLoader.load(text: Fixture.valid, file: "r.yaml")
        #expect(book.summaryLine(in: .en) == "fixture 1.0: 1 sections, 4 questions, 3 feedback rules; languages: nb, en")
        #expect(book.feedback.map(\.trigger) == ["unit", "often", "first_meeting"])
    }
}

/// A small valid rules file that the error tests break one way at a time.
enum Fixture {
    static let questions = """
            questions:
              - id: unit
                ask: dps
                type: text
                text: {nb: Hvilken enhet?, en: Which unit?}
              - id: often
                ask: both
                type: choice
                text: {nb: Hvor ofte?, en: How often?}
                options: [{id: weekly, nb: Ukentlig, en: Weekly}, {id: monthly, nb: Månedlig, en: Monthly}]
              - id: first_meeting
                ask: both
                type: date
                when: {question: unit, answered: true}
                text: {nb: Første møte?, en: First meeting?}
              - id: hours
                ask: nav
                type: number
                min: 0
                max: 40
                text: {nb: Timer?, en: Hours?}

        """

    static let valid = """
        format: 1
        id: fixture
        version: 1.0
        title:
          nb: Plan
          en: Plan
        sources:
          - id: proba
            cite: Proba 2017
            title: Sluttrapport
        sections:
          - id: start
            kind: criterion
            title: {nb: Start, en: Start}
            rationale: {nb: Fordi, en: Because}
            source: proba

        """ + questions + """
            feedback:
              - id: unit-upper
                section: start
                severity: blocking
                when: {question: unit, matches: '^[A-Z]'}
                message: {nb: Små bokstaver, en: Lower case}
                source: proba
              - id: often-monthly
                section: start
                severity: advice
                when: {question: often, is: monthly}
                message: {nb: Oftere, en: More often}
                source: proba
              - id: meeting-late
                section: start
                severity: advice
                when: {question: first_meeting, more_than: 28}
                message: {nb: Snart, en: Soon}
                source: proba

            """
}
