import SamplanCore

/// One generated session: its transcript as samplan writes it, and the
/// lines that were typed, for feeding samplan through a pipe.
public struct GeneratedSession: Sendable {
    public let fileStem: String
    public let transcript: String
    public let typed: [String]
    public let finished: Bool
}

/// Output nobody reads: the generator drives the session without a screen.
struct Discard: TextOutputStream {
    mutating func write(_ string: String) {}
}

/// Makes realistic sessions by driving the session as a pair at
/// the table would: answers of the right kind and length, advice now kept
/// and now acted on, a few skips and steps back, an eighth of the sessions
/// left unfinished, a fifth in English. The records are samplan's own
/// (`SessionDriver`), so `samplan summary` reads these as it reads real ones.
public struct TranscriptFactory: Sendable {
    public let rules: RuleBook
    public let rulesText: String
    /// The first day of the event; sessions spread over three days.
    public let firstDay: LocalDate

    public init(firstDay: LocalDate = LocalDate(year: 2026, month: 11, day: 23)!) throws {
        rulesText = BuiltinRules.text
        rules = try BuiltinRules.load()
        self.firstDay = firstDay
    }

    /// Session `number`; the same number always gives the same session.
    /// `complete` forces a session that answers every question.
    public func session(number: Int, complete: Bool = false, language forced: Language? = nil) -> GeneratedSession {
        var random = SeededRandom(seed: UInt64(number))
        let language = forced ?? (random.chance(0.2) ? .en : .nb)
        let today = firstDay.addingBounded(days: number % 3)
        let pair = Pairs.pair(number, language: language, random: &random)
        let interview = Interview(rules: rules, language: language)
        var clock = (8 * 3600 + Int.random(in: 0..<(7 * 3600), using: &random)) * 1000
        let header = TranscriptHeader(samplanVersion: "0.2.0", rulesID: rules.id, rulesVersion: rules.version,
                                      rulesText: rulesText, language: language, today: today,
                                      started: "\(today.description)T\(TranscriptRecord.clock(clock).prefix(8))+01:00")
        var out = header.text
        var typist = Typist(rules: rules, language: language, today: today, pair: pair)
        // The pair types into samplan's own session driver, so the lines and
        // the records are what samplan would take and write.
        var driver = SessionDriver(interview: interview, screen: ScreenWriter(width: { 80 }, colour: false),
                                   state: interview.start(today: today), planRenderer: .builtin(language))
        var screen = Discard()
        var lastEvents: [SessionEvent] = []
        var partiesNoted = false
        var typed: [String] = []
        let stopAfter = !complete && random.chance(0.125) ? Int.random(in: 8..<60, using: &random) : Int.max
        while typed.count < stopAfter, typed.count < 600, let ask = driver.ask(into: &screen) {
            // What the closing asks about the list is left as it is.
            let line = driver.isInActionDialogue ? ""
                : typist.next(ask.question, state: driver.state, after: lastEvents, random: &random)
            clock += Int.random(in: 1500..<45000, using: &random)
            switch driver.handle(line, into: &screen) {
            case .record(let step):
                for event in step.records { out += TranscriptRecord(time: clock, event).line + "\n" }
                driver.accept(step, into: &screen)
                lastEvents = step.events
            case .shown, .save, .quit:
                lastEvents = []
            }
            typed.append(line)
            if !partiesNoted, let parties = driver.parties {
                out += TranscriptRecord(time: clock, .parties(parties)).line + "\n"
                partiesNoted = true
            }
        }
        let state = driver.state
        // One or two follow-ups weeks later, each appended to the transcript
        // as `samplan oppfølging` appends it.
        var history = PlanHistory(rules: rules, language: language, session: state)
        for round in 0..<(1 + number % 2) {
            let date = today.addingBounded(days: 42 * (round + 1))
            let pass = history.start(on: date, language: language, asking: .builtin)
            var followup = SessionDriver(interview: pass.interview, screen: ScreenWriter(width: { 80 }, colour: false),
                                         state: pass.state, planRenderer: .builtin(language))
            clock += 60_000
            out += TranscriptRecord(time: clock, .followup(date: date, language: language, rules: FollowupRules.builtin.pin)).line + "\n"
            var steps = 0
            var refused = false
            while steps < 200, let ask = followup.ask(into: &screen) {
                steps += 1
                let line = followup.isInActionDialogue ? "" : typist.followup(ask.question, refused: refused, today: date, random: &random)
                clock += Int.random(in: 1500..<20000, using: &random)
                refused = false
                switch followup.handle(line, into: &screen) {
                case .record(let step):
                    for event in step.records { out += TranscriptRecord(time: clock, event).line + "\n" }
                    followup.accept(step, into: &screen)
                    refused = step.events.contains { if case .invalid = $0 { true } else if case .blocked = $0 { true } else { false } }
                case .shown, .save, .quit:
                    refused = true
                }
            }
            history.append(pass.with(state: followup.state))
        }
        let stem = FileStem.make(date: today, names: [pair.dps, pair.nav])
        out += TranscriptRecord(time: clock, .saved(plan: "Transcripts/\(stem).plan.txt")).line + "\n"
        out += TranscriptRecord(time: clock, .ended(state.isFinished ? .finished : .eof)).line + "\n"
        return GeneratedSession(fileStem: stem, transcript: out, typed: typed, finished: state.isFinished)
    }
}
