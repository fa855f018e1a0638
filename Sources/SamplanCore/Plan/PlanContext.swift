/// What a plan template can show, built from the rules and a session.
/// Templates read answers by question id: `{{a.first_meeting}}` is the
/// answer as shown, or "(ikke avklart)" when there is none; `{{#has.x}}`
/// tells whether there is one. Answers to questions that no longer apply
/// are left out, as are skipped ones (they are listed under `skipped`).
public struct PlanContext {
    public let rules: RuleBook
    public let state: SessionState
    public let language: Language
    /// The date the plan is rendered for: the session's date.
    public var date: LocalDate { state.today }

    /// The follow-ups since the session, if any (the status column and
    /// the follow-up appendix).
    public let history: PlanHistory?

    public init(rules: RuleBook, state: SessionState, language: Language) {
        self.rules = rules
        self.state = state
        self.language = language
        self.history = nil
    }

    /// The plan as it stands after its follow-ups.
    public init(history: PlanHistory, language: Language) {
        self.rules = history.rules
        self.state = history.planState
        self.language = language
        self.history = history.followups.isEmpty ? nil : history
    }

    var answers: Answers {
        var answers = Answers(rules: rules, recorded: state.recorded, skipped: state.skipped, today: state.today)
        answers.actionNumbering = state.actionNumbering
        return answers
    }

    public var notClarified: String { language.words.notClarified }

    /// The template's values: plain dictionaries and arrays, which
    /// swift-mustache walks.
    public func values() -> [String: Any] {
        let answers = self.answers
        var shown: [String: String] = [:]
        var has: [String: Bool] = [:]
        var chose: [String: [String: Bool]] = [:]
        let table = history?.table ?? ActionTable(rules: rules, answers: answers, language: language)
        // The body says only what settles something: «vet ikke», a name
        // where a position belongs and unsettled options are open points.
        for question in rules.questions {
            let settled = rules.settledAnswer(question, in: answers)
            if case .choice(let options, _) = question.kind {
                var chosen: [String] = []
                if case .choice(let ids)? = settled { chosen = ids }
                chose[question.id] = Dictionary(uniqueKeysWithValues: options.map { ($0.id, chosen.contains($0.id)) })
            }
            if let value = settled {
                shown[question.id] = value.display(for: question, in: language)
                has[question.id] = true
            } else {
                shown[question.id] = table.reference(to: .question(question.id)).map(language.words.notClarified(see:)) ?? notClarified
                has[question.id] = false
            }
        }
        let skipped = skippedValues(answers)
        let unclarified = unclarified(answers, table: table)
        // The parties by role (`names.dps`), so a template need not know
        // which question names them.
        func answer(_ role: QuestionRole) -> String? {
            rules.question(for: role).flatMap { has[$0.id] == true ? shown[$0.id] : nil }
        }
        let owners = Owners(rules: rules, answers: answers)
        let amended = history.map { Self.amendments($0, language: language) } ?? []
        let amendments = amended.last?.lines ?? []
        let amendedBefore = amended.dropLast().filter { !$0.lines.isEmpty }.map(\.date.norwegian)
        let openPoints = OpenPoints(rules: rules, answers: answers, state: state, table: table, language: language).points
        let present = rules.presentParties(answers)
        var party: [String: String] = [:]
        var leader: [String: String] = [:]
        var contact: [String: String] = [:]
        for each in rules.parties {
            // A unit's name is never «settled» away: it names the files.
            party[each.id] =
                rules.question(for: .names(party: each.id)).flatMap { question in
                    answers[question.id].map { $0.display(for: question, in: language) }
                } ?? notClarified
            leader[each.id] = answer(.leader(party: each.id)) ?? notClarified
            contact[each.id] = answer(.contact(party: each.id)) ?? notClarified
        }
        return [
            "title": rules.title[language],
            "date": date.norwegian,
            "a": shown,
            "party": party,
            "leader": leader,
            "contact": contact,
            "present": Dictionary(uniqueKeysWithValues: rules.parties.map { each in (each.id, present.contains(each)) }),
            "parties": present.map { each in
                [
                    "id": each.id, "name": each.name[language], "nameInSentence": each.name[language].sentenceMiddle, "short": each.short[language],
                    "unit": party[each.id] ?? notClarified,
                    // A signature line's position is filled in by hand when
                    // none was settled at the table.
                    "leader": answer(.leader(party: each.id)) ?? "__________________________________",
                ]
            },
            "has": has,
            "convener": owners.convener ?? notClarified,
            "hasConvener": owners.convener != nil,
            "openPoints": openPoints.map { point in
                [
                    "what": point.what,
                    "terms": language.words.openPointTerms(
                        owner: point.owner ?? language.words.signingLeaders, due: point.due?.norwegian, action: point.action),
                ]
            },
            "hasOpenPoints": !openPoints.isEmpty,
            "chose": chose,
            "actionsTable": table.text(width: PlanRenderer.width),
            "hasActions": !table.rows.isEmpty,
            "sections": sectionValues(answers, table: table),
            "skipped": skipped,
            "hasSkipped": !skipped.isEmpty,
            "unclarified": unclarified,
            "hasUnclarified": !unclarified.isEmpty,
            "leftEarly": !state.isFinished,
            "signatureNames": signatureNames(answers, parties: present),
            "followedUp": history != nil,
            "nextFollowup": history?.followups.last?.nextReview?.norwegian ?? false,
            "followedUpDates": language.words.list(history?.followups.map(\.date.norwegian) ?? []),
            "followups": history.map { followupValues($0, table: table) } ?? [],
            "agreementDate": (history?.session.today ?? date).norwegian,
            "amendments": amendments,
            "hasAmendments": !amendments.isEmpty,
            "amendedOn": amendedBefore.isEmpty ? false : language.words.list(amendedBefore),
            "rulesID": rules.id,
            "rulesVersion": rules.version,
        ]
    }

    /// Each follow-up in a few lines: the actions' statuses, the first
    /// meeting, what stood in the way, new actions, the next follow-up.
    private func followupValues(_ history: PlanHistory, table: ActionTable) -> [[String: Any]] {
        let words = language.words
        var before = Set(history.sessionInterview.actions(history.session).map(\.id))
        return history.followups.map { pass in
            var lines: [String] = []
            let statuses = pass.asked.compactMap(pass.status(of:))
            if !pass.asked.isEmpty {
                lines.append(
                    words.statusCounts(
                        pass.followupRules.statuses.map { status in (status.label[language], statuses.filter { $0 == status }.count) },
                        of: pass.asked.count))
            }
            if let held = pass.firstMeetingHeld { lines.append(words.firstMeetingHeld(held)) }
            var hindrances: [String: Int] = [:]
            // What stood in the way of actions still open; why one was
            // dropped is said with it below.
            for id in pass.asked where pass.status(of: id)?.hindered == true {
                for barrier in pass.barriers(of: id) { hindrances[barrier, default: 0] += 1 }
            }
            let named = (rules.sections.filter { $0.kind == .barrier }.map(\.id) + [pass.followupRules.otherBarrier]).compactMap { id -> String? in
                guard let count = hindrances[id] else { return nil }
                let title = rules.section(id)?.title[language] ?? words.otherHindrance
                return words.hindrance(title.sentenceMiddle, count: count)
            }
            if !named.isEmpty { lines.append(words.stoodInTheWay(named)) }
            let what = Dictionary(pass.actions.map { ($0.id, $0.what) }, uniquingKeysWith: { first, _ in first })
            for id in pass.asked {
                guard let name = what[id] else { continue }
                let other = pass.otherHindrance(of: id)
                if pass.status(of: id)?.outcome == .dropped {
                    // Why, with «annet» said in the pair's words.
                    let reasons = pass.barriers(of: id).map { barrier in
                        rules.section(barrier).map { $0.title[language].sentenceMiddle }
                            ?? other.map { words.otherHindrance + ": " + $0 } ?? words.otherHindrance
                    }
                    lines.append(words.droppedBecause(name, reasons))
                } else if let other {
                    lines.append(words.otherHindranceSaid(name, other))
                }
                if let result = pass.result(of: id) { lines.append(words.resultOf(name, result)) }
            }
            // By name: the table's numbers follow the deadlines and change.
            let added = pass.actions.filter { !before.contains($0.id) }.map(\.what)
            if !added.isEmpty { lines.append(words.newActions(added)) }
            before.formUnion(pass.actions.map(\.id))
            if let next = pass.nextReview { lines.append(words.nextFollowup(next.norwegian)) }
            return ["date": pass.date.norwegian, "unfinished": !pass.isFinished, "lines": lines]
        }
    }

    /// What one follow-up changed in the commitments as the one before
    /// left them (the agreement as signed, or as last amended), one line
    /// each and saying what it replaces: an action dropped, a new
    /// deadline, owner or wording, what an action to clarify something
    /// settled, a new action. Its note's amendment, which the leaders sign.
    static func amendment(by pass: FollowupPass, after before: [ActionItem], language: Language) -> [String] {
        let words = language.words
        let now = Dictionary(pass.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let earlier = Set(before.map(\.id))
        var lines: [String] = []
        for action in before {
            if pass.status(of: action.id)?.outcome == .dropped {
                lines.append(words.amendmentDropped(action.what))
                continue
            }
            if let result = pass.result(of: action.id) { lines.append(words.amendmentSettled(action.what, result)) }
            guard let changed = now[action.id] else { continue }
            if changed.what != action.what { lines.append(words.amendmentRenamed(action.what, to: changed.what)) }
            if let owner = changed.owner, owner != action.owner {
                lines.append(words.amendmentNewOwner(changed.what, owner, replacing: action.owner))
            }
            if let date = changed.date, date != action.date {
                lines.append(words.amendmentNewDate(changed.what, date.norwegian, replacing: action.date?.norwegian))
            }
        }
        for action in pass.actions where !earlier.contains(action.id) && pass.status(of: action.id)?.outcome != .dropped {
            lines.append(words.amendmentNewAction(action.what, owner: action.owner, date: action.date?.norwegian))
        }
        return lines
    }

    /// Each follow-up's amendment, in order, with its date: the last is the
    /// note's, the earlier ones are what the agreement was amended by.
    static func amendments(_ history: PlanHistory, language: Language) -> [(date: LocalDate, lines: [String])] {
        var before = history.sessionInterview.actions(history.session)
        return history.followups.map { pass in
            let lines = amendment(by: pass, after: before, language: language)
            before = pass.actions
            return (pass.date, lines)
        }
    }

    /// Each success criterion and barrier with its status, and for what is
    /// not met, the advice that holds now (or the section's rationale).
    private func sectionValues(_ answers: Answers, table: ActionTable) -> [[String: Any]] {
        // Three parties' positions, or two sections, can get the same
        // advice: it is said once, where it first applies.
        var said = Set<String>()
        return rules.sections.filter { $0.kind == .criterion || $0.kind == .barrier }.map { section in
            let status = rules.status(of: section, answers: answers)
            var notes: [[String: String]] = []
            if status != .met {
                for rule in rules.feedback where rule.sectionID == section.id && rule.severity == .advice && answers.holds(rule.condition) {
                    let text = rules.message(rule, answers: answers, language: language)
                    guard said.insert(text).inserted else { continue }
                    var note = ["text": text, "cite": cite(rule.basis)]
                    note["action"] = table.reference(to: .advice(rule.id), .question(rule.trigger)).map { " → " + $0 } ?? ""
                    notes.append(note)
                }
                if notes.isEmpty { notes.append(["text": section.rationale[language], "cite": cite(section.basis)]) }
            }
            return [
                "title": section.title[language],
                "restsOn": cite(section.basis),
                "status": status.label(for: section.kind, in: language),
                "met": status == .met,
                "notes": notes,
                "line": dotted(section.title[language], status.label(for: section.kind, in: language)),
            ]
        }
    }

    /// Every question that applies and has no answer that counts, skipped
    /// or never reached, in words: what the parties have not agreed yet.
    private func unclarified(_ answers: Answers, table: ActionTable) -> [[String: Any]] {
        answers.applicable.compactMap { id in
            guard let question = rules.question(id), rules.settledAnswer(question, in: answers) == nil else { return nil }
            var item = ["text": question.text[language]]
            if let value = answers[id] { item["text"]! += " (" + language.words.answeredWith(value.display(for: question, in: language)) + ")" }
            item["action"] = table.reference(to: .question(id)).map { " → " + $0 } ?? ""
            return item
        }
    }

    private func skippedValues(_ answers: Answers) -> [[String: Any]] {
        answers.applicable.enumerated().compactMap { index, id in
            guard state.isSkipped(id), let question = rules.question(id) else { return nil }
            return ["number": index + 1, "text": question.text[language]]
        }
    }

    /// The first two parties' leaders' positions, each under its own
    /// signature line; a template lists any more with `parties`.
    private func signatureNames(_ answers: Answers, parties: [Party]) -> String {
        func leader(_ party: Party?) -> String {
            guard let party, let question = rules.question(for: .leader(party: party.id)), let value = rules.settledAnswer(question, in: answers)
            else {
                return ""
            }
            return value.display(for: question, in: language)
        }
        let left = leader(parties.first)
        let column = 34
        let padded = left.count >= column ? left : left + String(repeating: " ", count: column - left.count)
        return padded + "  " + leader(parties.dropFirst().first)
    }

    /// The basis as the plan shows it beside a note: the citation, or
    /// «Vårt råd» for our own practice.
    private func cite(_ basis: Basis) -> String { rules.citation(basis, language: language) ?? language.words.ourSuggestion }

    /// "Title ........ status", filling the plan's width.
    private func dotted(_ title: String, _ status: String) -> String {
        let dots = PlanRenderer.width - title.count - status.count - 2
        guard dots >= 3 else { return title + " – " + status }
        return title + " " + String(repeating: ".", count: dots) + " " + status
    }
}
