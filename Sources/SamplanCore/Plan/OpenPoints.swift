/// What the parties have not settled, as the agreement states it: each a
/// point to clarify («Avklare: …»), with the position that sees to it and
/// by when, instead of a clause made of «vet ikke» or a person's name
/// (../shared/domain.md: «The body is what the parties agree»).
///
/// A point is a question that applies and was skipped or answered with what
/// settles nothing (`Unsettled`). Questions a session left early never
/// reached are not points: the draft's appendix lists them.
struct OpenPoints {
    struct Point {
        /// «Avklare hvem som svarer på spørsmål om taushetsplikt».
        var what: String
        /// The position that sees to it, when known.
        var owner: String?
        var due: LocalDate?
        /// «tiltak 3» when the pair made an action of it.
        var action: String?
        /// What the pair answered, when they answered: for the appendix.
        var answered: String?
    }

    let points: [Point]

    init(rules: RuleBook, answers: Answers, state: SessionState, table: ActionTable, language: Language) {
        let owners = Owners(rules: rules, answers: answers)
        let due = Self.due(rules: rules, answers: answers)
        var points: [Point] = []
        for id in answers.applicable {
            guard let question = rules.question(id), question.role != .actions else { continue }
            let unsettled = rules.isUnsettled(question, in: answers)
            guard unsettled || state.isSkipped(id) else { continue }
            // Who signs is settled on the signature lines, left blank for it.
            if case .leader? = question.role { continue }
            let adviceIDs = rules.feedback.filter { $0.trigger == id }.map { ActionSource.advice($0.id) }
            let what = language.words.clarify(question.clarify?[language] ?? question.text[language])
            points.append(
                Point(
                    what: what, owner: owners.owner(of: question), due: due,
                    action: table.reference(toAny: [.question(id)] + adviceIDs),
                    answered: unsettled ? answers[id].map { $0.display(for: question, in: language) } : nil))
        }
        self.points = points
    }

    /// The first meeting, when it is still to come; else the review.
    private static func due(rules: RuleBook, answers: Answers) -> LocalDate? {
        for role in [QuestionRole.firstStepDate, .reviewDate] {
            if let question = rules.question(for: role), case .date(let date)? = answers[question.id], date >= answers.today {
                return date
            }
        }
        return nil
    }
}

/// Who sees to an open point: the responsible position of the one party
/// asked, or the convener's for a question asked of several.
struct Owners {
    let rules: RuleBook
    let answers: Answers

    /// The party's responsible position, as far as it is settled.
    func contact(of party: String) -> String? {
        guard let question = rules.question(for: .contact(party: party)), case .text(let text)? = rules.settledAnswer(question, in: answers)
        else { return nil }
        return text
    }

    /// The party whose responsible position convenes the meetings.
    var convenerParty: String? {
        guard let question = rules.question(for: .convener), case .choice(let ids)? = rules.settledAnswer(question, in: answers) else {
            return nil
        }
        return ids.first { id in rules.parties.contains { $0.id == id } }
    }

    var convener: String? { convenerParty.flatMap(contact(of:)) }

    func owner(of question: Question) -> String? {
        if question.asked.parties.count == 1, let only = question.asked.parties.first, let position = contact(of: only) { return position }
        return convener
    }
}
