import Testing

@testable import SamplanCore

/// The transcript format: records round-trip, headers carry the rules,
/// damage is found and named.
struct TranscriptTests {
    static let header = TranscriptHeader(
        samplanVersion: "0.2.0", rulesID: "dps-nav", rulesVersion: "1.0.0",
        rulesText: BuiltinRules.text, language: .nb,
        today: AnswerSets.today, started: "2026-11-23T10:00:00+01:00")

    static let records: [TranscriptRecord] = [
        .init(time: 36_000_000, .asked(question: "dps_unit")),
        .init(time: 36_004_250, .input(.line("DPS Øst\tavd. «B»"))),
        .init(time: 36_004_250, .answered(question: "dps_unit", by: "dps", text: "DPS Øst\tavd. «B»")),
        .init(time: 36_010_000, .input(.line("linje 1\\n er ikke et linjeskift"))),
        .init(time: 36_011_000, .answered(question: "purpose", by: "both", text: "to\nlinjer\r")),
        .init(time: 36_012_000, .input(.back)),
        .init(time: 36_013_000, .input(.skip)),
        .init(time: 36_014_000, .input(.edit(12))),
        .init(time: 36_015_000, .skipped(question: "ips")),
        .init(time: 36_016_000, .advice(feedback: "no-deputy")),
        .init(time: 36_017_000, .blocked(feedback: "review-past")),
        .init(time: 36_018_000, .parties(["DPS Øst", "NAV Sagene"])),
        .init(time: 36_019_000, .saved(plan: "Transcripts/a b.plan.txt")),
        .init(time: 86_399_999, .resumed(at: "2026-11-24T08:00:00+01:00")),
        .init(time: 0, .ended(.hangup)),
    ]

    @Test func everyRecordIsOneLineAndRoundTrips() {
        for record in Self.records {
            #expect(!record.line.contains("\n") && !record.line.contains("\r"))
            #expect(TranscriptRecord(line: record.line) == record, "\(record.line)")
        }
    }

    @Test func recordLineIsReadable() {
        #expect(Self.records[1].line == "10:00:04.250\tline\tDPS Øst\\tavd. «B»")
        #expect(Self.records[4].line == "10:00:11.000\tanswer\tpurpose\tboth\tto\\nlinjer\\r")
    }

    @Test(arguments: [
        "", "10:00\tline\tx", "10:00:00.000\tline", "10:00:00.000\tnope\tx", "10:00:00.000\tline\tbad\\q",
        "25:00:00.000\tback", "10:00:00.000\tedit\ttre", "10:00:00.000\tanswer\tq\tboth",
    ])
    func malformedLinesAreNotRecords(_ line: String) {
        #expect(TranscriptRecord(line: line) == nil)
    }

    static var text: String { Self.header.text + Self.records.map { $0.line + "\n" }.joined() }

    @Test func parsesWhatItWrites() throws {
        let transcript = try Transcript.parse(Self.text)
        #expect(transcript.header == Self.header)
        #expect(transcript.records == Self.records)
        #expect(transcript.warnings.isEmpty)
        #expect(transcript.inputs == [.line("DPS Øst\tavd. «B»"), .line("linje 1\\n er ikke et linjeskift"), .back, .skip, .edit(12)])
        #expect(transcript.parties == ["DPS Øst", "NAV Sagene"])
        #expect(transcript.lastSavedPlan == "Transcripts/a b.plan.txt")
        #expect(try transcript.rules(file: "t").id == "dps-nav")
    }

    @Test func tornLastLineIsSkippedWithAWarning() throws {
        let torn = Self.text + "10:00:20.000\tline\thalvskr"
        let transcript = try Transcript.parse(torn)
        #expect(transcript.records == Self.records)
        let lines = torn.split(separator: "\n").count
        #expect(transcript.warnings == [.tornLastLine(line: lines)])
        #expect(
            transcript.warnings[0].message(file: "a.transcript", in: .en)
                == "a.transcript:\(lines): the last line was cut off while being written and was skipped; everything before it counts.")
    }

    @Test func damagedTranscriptsAreRefusedWithTheReason() {
        #expect(throws: TranscriptProblem.notATranscript) { try Transcript.parse("") }
        #expect(throws: TranscriptProblem.notATranscript) { try Transcript.parse("format: 1\nid: dps-nav\n") }
        #expect(throws: TranscriptProblem.newerFormat(2)) { try Transcript.parse("samplan-transcript\t2\nwhatever\n") }
        let altered = Self.text.replacing("nb: Samarbeidsavtale mellom DPS og NAV", with: "nb: Endret for hånd")
        #expect(throws: TranscriptProblem.rulesAltered) { try Transcript.parse(altered) }
        let noLanguage = Self.text.replacing("language\tnb\n", with: "")
        #expect(throws: TranscriptProblem.badHeader(field: "language")) { try Transcript.parse(noLanguage) }
        let lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
        let broken = (lines[..<9] + ["10:00:00.000\tgarbage"] + lines[9...]).joined(separator: "\n")
        #expect(throws: TranscriptProblem.badRecord(line: 10)) { try Transcript.parse(broken) }
        #expect(
            TranscriptProblem.newerFormat(2).message(file: "x", in: .nb)
                == "x er skrevet i format 2 av en nyere samplan; denne leser format 1. Oppdater samplan.")
    }

    @Test func sha256MatchesTheNISTVectors() {
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func fileStemsAreSafe() {
        #expect(
            FileStem.make(date: AnswerSets.today, names: ["DPS Øst, allmennpol.", "NAV Grünerløkka"])
                == "2026-11-23-dps-ost-allmennpol-nav-grunerlokka")
        #expect(FileStem.slug("../../etc/passwd") == "etc-passwd")
        #expect(FileStem.slug("  Ålesund  ") == "alesund")
        #expect(FileStem.slug(String(repeating: "a", count: 99)).count == 40)
        #expect(FileStem.provisional(date: AnswerSets.today, milliseconds: 37_230_000) == "2026-11-23-102030")
    }
}

/// Resuming and judging a recorded session by other rules.
struct ResumeAndCompareTests {
    let rules: RuleBook
    let interview: Interview

    init() throws {
        rules = try BuiltinRules.load()
        interview = Interview(rules: rules, language: .nb)
    }

    @Test func resumeGoesOnAtTheFirstUnansweredQuestion() {
        var state = interview.start(today: AnswerSets.today)
        for input: SessionInput in [.line("2"), .line("DPS Øst"), .skip, .line("Felles mål"), .line(""), .edit(2)] {
            state = interview.step(state, input).0
        }
        #expect(state.current == "dps_unit", "in the middle of an edit")
        let resumed = interview.resumePoint(state)
        #expect(resumed.current == "needs", "the skipped office stays skipped")
        #expect(resumed.returnTo == nil)
    }

    @Test func halfTypedLongTextStaysWhereItWas() {
        var state = interview.start(today: AnswerSets.today)
        for input: SessionInput in [.line("2"), .line("a"), .line("b"), .line("første linje")] {
            state = interview.step(state, input).0
        }
        #expect(interview.resumePoint(state).current == "purpose")
        #expect(interview.resumePoint(state).collecting == ["første linje"])
    }

    @Test func sameRulesChangeNothing() {
        let state = ScriptedInterview(interview: interview, today: AnswerSets.today).run(AnswerSets.weak).state
        #expect(RulesComparison(old: rules, new: rules, state: state).isEmpty)
    }

    @Test func otherRulesShowWhatChanges() throws {
        // A stricter rulebook: the review must come within 150 days, and a
        // new question about joint courses.
        let stricter = BuiltinRules.text
            .replacing("when: {question: review_date, more_than: 365}", with: "when: {question: review_date, more_than: 150}")
            .replacing("{question: review_date, at_most: 365}", with: "{question: review_date, at_most: 150}")
            .replacing(
                "      - id: meeting_frequency\n",
                with: """
                          - id: joint_courses
                            ask: all
                            type: yesno
                            text: {nb: Skal dere holde felles kurs?, en: Will you hold joint courses?}
                          - id: meeting_frequency

                    """)
        let other = try RulesLoader.load(text: stricter, file: "stricter.yaml")
        let state = ScriptedInterview(interview: interview, today: AnswerSets.today).run(AnswerSets.strong).state
        let comparison = RulesComparison(old: rules, new: other, state: state)
        #expect(comparison.newFeedback == ["review-far-off"])
        #expect(comparison.vanishedFeedback == [])
        #expect(comparison.nowUnanswered == ["joint_courses"])
        #expect(comparison.statusChanges == [.init(section: "closing", before: .met, after: .partly)])
    }
}
