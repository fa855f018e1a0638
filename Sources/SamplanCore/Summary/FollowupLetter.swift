/// The short text a coordinator sends a pair instead of a survey: who it
/// is from and when, what is due and who owns it (overdue marked), and how
/// to run the follow-up — by the server's link and the table's code when
/// there is one, else at a terminal. Written in the session's language.
public struct FollowupLetter: Sendable {
    /// Who sends the letters; every part may be left out.
    public struct Sender: Sendable, Equatable {
        public var name: String?
        public var role: String?
        public var contact: String?

        public init(name: String? = nil, role: String? = nil, contact: String? = nil) {
            self.name = name
            self.role = role
            self.contact = contact
        }

        var lines: [String] {
            let who = [name, role].compactMap { $0 }.joined(separator: ", ")
            return [who, contact ?? ""].filter { !$0.isEmpty }
        }
    }

    /// Where a pair does the follow-up in a browser.
    public struct Link: Sendable, Equatable {
        public var address: String
        public var code: String

        public init(address: String, code: String) {
            self.address = address
            self.code = code
        }
    }

    /// The default of `due --ask-after`: a pair is asked four weeks after
    /// their session, not before.
    public static let defaultWait = 28

    public let before: LocalDate
    public let today: LocalDate
    public let sender: Sender
    /// Days after the session before a pair gets a letter.
    public let wait: Int

    public init(before: LocalDate, today: LocalDate, sender: Sender = Sender(), wait: Int = defaultWait) {
        self.before = before
        self.today = today
        self.sender = sender
        self.wait = wait
    }

    /// The session is old enough to ask about: `wait` days have passed.
    public func isDue(_ session: SessionSummary) -> Bool {
        guard let date = session.sessionDate else { return true }
        return date.days(until: today) >= wait
    }

    /// The language a session's letter is written in: its own.
    public static func language(of session: SessionSummary) -> Language {
        Language(rawValue: session.language) ?? .nb
    }

    /// The letter, or nil when there is nothing to ask the pair: the plan
    /// is younger than `wait`, or followed up with nothing due.
    public func text(for session: SessionSummary, link: Link?) -> String? {
        guard isDue(session) else { return nil }
        let language = Self.language(of: session)
        let words = language.words
        let width = PlanRenderer.width
        let due = DueList.due(session, before: before)
        var first: SessionSummary.Action?
        if let marked = session.actions.first(where: \.first), !session.firstStepTaken,
            let date = marked.date.flatMap({ LocalDate(iso: $0) }), date < before
        {
            first = marked
        }
        let reviewDue = (session.nextFollowupDate ?? session.review).map { $0 < before } ?? false
        guard !due.isEmpty || first != nil || reviewDue || !session.isFollowedUp else { return nil }
        var lines = [today.norwegian, "", words.letterTo(session.parties.map { $0.unit ?? $0.label }), ""]
        let next = session.nextFollowupDate
        lines += TextWrapper.wrap(
            words.letterIntro(
                session.sessionDate?.norwegian ?? session.date, actions: session.actions.count,
                followups: session.followups.count, nextAhead: next.map { $0 > today } ?? false), width: width)
        if let next {
            lines.append("")
            lines += TextWrapper.wrap(words.letterNext(next.norwegian, passed: next < today), width: width)
        }
        let listed = (first.map { [$0] } ?? []) + due
        if !listed.isEmpty {
            lines.append("")
            lines.append(words.letterDue(before.norwegian))
            for action in listed {
                let date = action.date.flatMap { LocalDate(iso: $0) }
                // «  - 15.02.2027  Hva — stilling (forfalt)», continued under the text.
                let head = "  - \(date?.norwegian ?? words.notSet)  "
                let overdue = date.map { $0 < today } == true ? " (\(words.overdue))" : ""
                let body = TextWrapper.wrap(
                    "\(action.what) — \(action.owner ?? words.noOneResponsible)" + overdue, width: width - head.count)
                lines += body.enumerated().map { ($0 == 0 ? head : String(repeating: " ", count: head.count)) + $1 }
            }
        }
        lines.append("")
        if let link {
            lines += TextWrapper.wrap(words.letterHowByLink, width: width)
            lines.append("")
            lines.append("    " + link.address)
            lines.append("    " + words.letterCode + link.code)
        } else {
            lines += TextWrapper.wrap(words.letterHow, width: width)
            lines.append("")
            lines.append("    samplan " + words.followupCommand + " " + session.file)
        }
        lines.append("")
        lines += TextWrapper.wrap(words.letterWhat, width: width)
        let who = session.parties.compactMap { party in party.contact.map { "\($0) (\(party.label))" } }
        if !who.isEmpty {
            lines.append("")
            lines += TextWrapper.wrap(words.letterContacts + words.list(who) + ".", width: width)
        }
        let signature = sender.lines
        if !signature.isEmpty {
            lines.append("")
            lines.append(words.letterRegards)
            lines += signature.flatMap { TextWrapper.wrap($0, width: width) }
        }
        return lines.map(\.droppingTrailingSpaces).joined(separator: "\n") + "\n"
    }
}
