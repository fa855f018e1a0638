import Testing

@testable import SamplanCore

/// What a pair types for one question in a scripted session.
enum Reply: Sendable {
    /// One line, or several for a long text or a list of actions (the
    /// closing empty line is added by the driver).
    case lines([String])
    case skip

    static func line(_ text: String) -> Reply { .lines([text]) }
}

/// Drives the engine through a whole session from a script of replies by
/// question id, keeping every piece of advice (Enter), as a pair that
/// reads the advice and decides to go on would.
struct ScriptedInterview {
    let interview: Interview
    let today: LocalDate

    struct Outcome {
        let state: SessionState
        /// Advice ids in the order they were shown.
        let advice: [String]
        /// Blocking ids that refused an answer.
        let blocked: [String]
        let answers: Answers
        let rules: RuleBook
        /// How many questions were put to the pair: what a session costs
        /// in time at the table.
        let prompts: Int

        func status(_ section: String) -> SectionStatus? {
            rules.section(section).map { rules.status(of: $0, answers: answers) }
        }

        /// Every criterion and barrier by its status, for compact asserts.
        var statuses: [String: SectionStatus] {
            var all: [String: SectionStatus] = [:]
            for section in rules.sections { all[section.id] = rules.status(of: section, answers: answers) }
            return all
        }
    }

    /// Fails the test (and skips) when the script has no reply for a
    /// question that is asked, so a changed rules file shows up at once.
    func run(_ script: [String: Reply], sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        var state = interview.start(today: today)
        var advice: [String] = []
        var blocked: [String] = []
        var stuck = false
        var prompts = 0
        while let current = state.current, !stuck {
            prompts += 1
            let inputs: [SessionInput]
            switch script[current] {
            case .skip?: inputs = [.skip]
            case .lines(let lines)?:
                let question = interview.rules.question(current)
                inputs = lines.map(SessionInput.line) + (question?.collectsLines == true ? [.line("")] : [])
            case nil:
                Issue.record("no reply scripted for \(current)", sourceLocation: sourceLocation)
                inputs = [.skip]
            }
            for input in inputs {
                let (next, events) = interview.step(state, input)
                state = next
                for event in events {
                    switch event {
                    case .advice(let ids): advice += ids
                    case .blocked(let id): blocked.append(id)
                    case .invalid(.empty) where !blocked.isEmpty:
                        // A refused action line leaves nothing to end.
                        stuck = true
                    case .invalid(let problem):
                        Issue.record("\(current): \(problem.message(in: .en))", sourceLocation: sourceLocation)
                        stuck = true
                    default: break
                    }
                }
            }
            // A refused answer would be asked again forever; stop there.
            if state.current == current && !state.awaitingKeep { stuck = true }
            if state.awaitingKeep { state = interview.step(state, .line("")).0 }
        }
        return Outcome(
            state: state, advice: advice, blocked: blocked, answers: interview.answers(state), rules: interview.rules,
            prompts: prompts)
    }
}
