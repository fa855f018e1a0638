/// The plan's actions as a table (number, deadline, position, what),
/// sorted by date with undated ones last and the first step marked.
/// An action's number is the one it was given when it was added, kept
/// through every edit and never reused, so «tiltak 3» means the same
/// action before and after its deadline moves, at the table and on paper.
public struct ActionTable {
    public struct Row: Equatable, Sendable {
        /// The action's own number (its id); nil for the first meeting
        /// from the questions, which is no action to edit by number.
        public var number: Int?
        public var date: LocalDate?
        /// The position responsible.
        public var owner: String?
        public var what: String
        public var first: Bool
        /// The action's id; nil for the first step that comes from a
        /// question (the first meeting), which is changed there.
        public var actionID: Int?
        public var source: ActionSource?
        /// As the last follow-up said; nil before any, or for an action added since.
        public var status: ActionStatus? = nil
    }

    public let rows: [Row]
    let language: Language
    /// The plan has been followed up: the table has a status column.
    let followedUp: Bool

    /// - Parameter statuses: by action id (0 for the first meeting), from
    ///   the follow-ups (`PlanHistory.statuses`); nil when there are none.
    ///   - items: the actions when they are not (only) the answers' own: after
    ///     a follow-up, whose new actions have a place even under rules
    ///     that ask for none.
    public init(
        rules: RuleBook, answers: Answers, language: Language, statuses: [Int: ActionStatus]? = nil,
        items: [ActionItem]? = nil
    ) {
        self.language = language
        followedUp = statuses != nil
        var rows: [Row] = []
        var listed = items ?? []
        if items == nil, let question = rules.question(for: .actions), case .actions(let answered)? = answers[question.id] {
            listed = answered
        }
        rows = listed.enumerated().map { offset, item in Self.row(of: item, offset: offset) }
        if let step = FirstStep.fromQuestions(answers, rules: rules, language: language) {
            // The questions' first step (the first meeting) is marked unless
            // the pair marked an action; it is often also one of the actions.
            let marked = rows.contains(where: \.first)
            if let same = Self.index(of: step.what, in: rows.map(\.what)) {
                rows[same].first = rows[same].first || !marked
                rows[same].owner = rows[same].owner ?? step.owner
                rows[same].date = rows[same].date ?? step.date
            } else {
                rows.append(Row(number: nil, date: step.date, owner: step.owner, what: step.what, first: !marked, actionID: nil, source: nil))
            }
        }
        // Stable: equal dates keep the order they were added in.
        self.rows = rows.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (l?, r?) where l != r: return l < r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return lhs.offset < rhs.offset
            }
        }.enumerated().map { index, pair in
            var row = pair.element
            if answers.actionNumbering == .byDeadline { row.number = index + 1 }
            row.status = statuses?[row.actionID ?? 0]
            return row
        }
    }

    /// An action's row before the first meeting is merged in. Its number
    /// is its id; an action from a transcript older than ids (id 0) is
    /// numbered by its place in the list.
    private static func row(of item: ActionItem, offset: Int) -> Row {
        Row(
            number: item.id > 0 ? item.id : offset + 1, date: item.date, owner: item.owner, what: item.what, first: item.first,
            actionID: item.id, source: item.source)
    }

    /// The row of the action with this id.
    public func row(id: Int) -> Row? { rows.first { $0.actionID == id } }

    /// The row of the action with this number, as the pair types it.
    public func row(number: Int) -> Row? { rows.first { $0.number == number } }

    /// The numbers the pair may type, smallest first.
    public var numbers: [Int] { rows.compactMap(\.number).sorted() }

    /// The row the table gives the action with this id, found without
    /// building and sorting the whole table. What a session says after
    /// each edit («✓ 3. …») costs one pass over the list, however long it is.
    public static func row(id: Int, rules: RuleBook, answers: Answers, language: Language) -> Row? {
        guard let question = rules.question(for: .actions), case .actions(let items)? = answers[question.id],
            let offset = items.firstIndex(where: { $0.id == id })
        else { return nil }
        var row = row(of: items[offset], offset: offset)
        var dates = items.map(\.date)
        if let step = FirstStep.fromQuestions(answers, rules: rules, language: language) {
            // As the table does: the first meeting merges with an action of
            // the same name, or is a row of its own after the actions.
            if let same = index(of: step.what, in: items.lazy.map(\.what)) {
                if same == offset {
                    row.first = row.first || !items.contains(where: \.first)
                    row.owner = row.owner ?? step.owner
                    row.date = row.date ?? step.date
                }
                dates[same] = dates[same] ?? step.date
            } else {
                dates.append(step.date)
            }
        }
        if answers.actionNumbering == .byDeadline { row.number = placeByDeadline(of: row.date, offset: offset, dates: dates) }
        return row
    }

    /// The number a row dated `date` had when numbers followed deadlines:
    /// one more than the rows (dated `dates`, in the order added) that
    /// sort before it, dated before undated, by date, then as added.
    private static func placeByDeadline(of date: LocalDate?, offset: Int, dates: [LocalDate?]) -> Int {
        var before = 0
        for (index, other) in dates.enumerated() where index != offset {
            switch (other, date) {
            case let (other?, mine?): if other < mine || other == mine && index < offset { before += 1 }
            case (_?, nil): before += 1
            case (nil, _?): continue
            case (nil, nil): if index < offset { before += 1 }
            }
        }
        return before + 1
    }

    /// Where `text` stands among `texts`, case aside; the length is looked
    /// at first so that most are passed over without being lower-cased.
    private static func index<Texts: Collection<String>>(of text: String, in texts: Texts) -> Texts.Index? {
        let wanted = text.lowercased()
        return texts.firstIndex { $0.utf8.count == text.utf8.count && $0.lowercased() == wanted }
    }

    /// The numbers of the actions made from this source: «tiltak 3»,
    /// «tiltak 3 og 5»; nil when there are none.
    public func reference(to sources: ActionSource...) -> String? { reference(toAny: sources) }

    public func reference(toAny sources: [ActionSource]) -> String? {
        let numbers = rows.filter { $0.source.map(sources.contains) ?? false }.compactMap(\.number).sorted()
        return numbers.isEmpty ? nil : language.words.actionReference(numbers)
    }

    /// Columns: number and marker, deadline (10), position, what; the
    /// position column as wide as its longest entry up to a third of the width.
    func text(width: Int) -> String {
        guard !rows.isEmpty else { return "" }
        let none = language.words.notSet
        let heads = language.words.actionHeadings
        let numberWidth = max(String(rows.compactMap(\.number).max() ?? 0).count, 2)
        // After a follow-up a status column takes room from the position.
        let statusWidth = followedUp ? max(rows.map { statusLabel($0).count }.max() ?? 0, language.words.statusColumn.count) : 0
        let roleWidth = min(max(rows.map { ($0.owner ?? none).count }.max() ?? 0, heads.1.count), followedUp ? width / 4 : width / 3)
        let lead = numberWidth + 3
        let statusRoom = followedUp ? statusWidth + 2 : 0
        let whatWidth = width - lead - 10 - 2 - roleWidth - 2 - statusRoom
        func cells(_ role: String, _ status: String) -> String {
            followedUp ? pad(role, roleWidth) + "  " + pad(status, statusWidth) : role
        }
        let roleColumn = followedUp ? roleWidth + 2 + statusWidth : roleWidth
        var lines = [row(pad("", lead), heads.0, cells(heads.1, language.words.statusColumn), heads.2, roleColumn)]
        lines.append(
            pad("", lead) + String(repeating: "-", count: 10) + "  " + String(repeating: "-", count: roleWidth)
                + (followedUp ? "  " + String(repeating: "-", count: statusWidth) : "")
                + "  " + String(repeating: "-", count: whatWidth))
        for item in rows {
            let role = TextWrapper.wrap(item.owner ?? none, width: roleWidth)
            let what = TextWrapper.wrap(item.what, width: whatWidth)
            let number = item.number.map { String($0) } ?? ""
            let head = String(repeating: " ", count: numberWidth - number.count) + number + (marked(item) ? " ► " : "   ")
            for index in 0..<max(role.count, what.count) {
                lines.append(
                    row(
                        index == 0 ? head : pad("", lead),
                        index == 0 ? (item.date?.norwegian ?? none) : "",
                        cells(index < role.count ? role[index] : "", index == 0 ? statusLabel(item) : ""),
                        index < what.count ? what[index] : "", roleColumn))
            }
        }
        if rows.contains(where: marked) {
            lines.append("")
            lines.append(language.words.firstStepMark)
        }
        return lines.joined(separator: "\n")
    }

    /// The first step, while it is still to be taken.
    private func marked(_ row: Row) -> Bool { row.first && row.status?.settles != true }

    /// The status as the table says it; the first meeting is held or not;
    /// an action added at the last follow-up is new.
    func statusLabel(_ row: Row) -> String {
        guard let status = row.status else { return followedUp && row.actionID != nil ? language.words.newStatus : "" }
        if row.actionID == nil { return status.outcome == .done ? language.words.held : language.words.notHeld }
        return status.label[language]
    }

    private func row(_ lead: String, _ date: String, _ role: String, _ what: String, _ roleWidth: Int) -> String {
        let line = lead + pad(date, 10) + "  " + pad(role, roleWidth) + "  " + what
        return line.droppingTrailingSpaces
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
