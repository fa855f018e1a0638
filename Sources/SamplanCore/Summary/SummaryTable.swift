/// `samplan summary` as text: a header, one row per session as it is
/// read (nothing is held), then the event's totals with bar charts. A
/// row begins with the session's table; the parties' names are never cut
/// (a coordinator needs them whole): where they do not fit their column
/// they wrap onto the lines below.
public struct SummaryTable: Sendable {
    public let language: Language
    public let width: Int

    public init(language: Language, width: Int) {
        self.language = language
        self.width = max(width, 70)
    }

    /// What the fixed columns leave for the parties' names.
    private var partiesWidth: Int { width - 55 }

    public func header() -> [String] {
        let heads = language.words.summaryHeadings
        let line = row(language.words.sheetHeadings.table, heads.date, heads.parties, heads.answers, "✔ ◐ ○", heads.firstStep, heads.review)
        return [line, String(repeating: "─", count: line.count)]
    }

    /// A session's row, with the parties' names one to a line below each
    /// other where they do not fit side by side; `table` is its table in the roster.
    public func row(_ s: SessionSummary, table: Int? = nil) -> [String] {
        let none = "–"
        let progress = "\(s.answered)/\(s.asked)" + (s.complete ? "" : "*")
        // Together when they fit; else each party on a line of its own.
        let names =
            s.partyNames.count <= partiesWidth || s.parties.isEmpty
            ? [s.parties.isEmpty ? none : s.partyNames]
            : s.parties.flatMap { TextWrapper.wrap($0.unit ?? none, width: partiesWidth) }
        let first = row(
            table.map { String($0) } ?? none, s.sessionDate?.norwegian ?? s.date, names.first ?? none, progress,
            "\(s.met) \(s.partly) \(s.open)", s.firstStepDate?.norwegian ?? none, s.review?.norwegian ?? none)
        let under = String(repeating: " ", count: 16)
        return [first] + names.dropFirst().map { under + $0 }
    }

    private func row(
        _ table: String, _ date: String, _ parties: String, _ progress: String, _ counts: String,
        _ first: String, _ review: String
    ) -> String {
        [fit(table, 4), fit(date, 10), fit(parties, partiesWidth), fit(progress, 7), fit(counts, 8), fit(first, 10), review]
            .joined(separator: " ")
    }

    private func fit(_ text: String, _ width: Int) -> String {
        if text.count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }

    public func totals(_ totals: EventTotals) -> [String] {
        let words = language.words
        let n = totals.sessions
        var lines = ["", words.summaryLegend, "", words.sessions(n, complete: totals.complete)]
        let share = n == 0 ? 0 : (totals.firstStepWithinFourWeeks * 100 + n / 2) / n
        lines.append(words.firstStepsWithinFourWeeks(totals.firstStepWithinFourWeeks, of: n, percent: share))
        guard n > 0 else { return lines }
        lines.append(words.actionsInPlans(totals.actions, plans: n))
        lines.append("")
        lines.append(words.openByCriterion)
        lines += BarChart.render(
            (totals.criteria + totals.barriers).map { (title($0, totals), totals.open[$0] ?? 0) },
            of: n, width: width)
        lines.append("")
        lines.append(words.barriersNotResolved)
        lines += BarChart.render(totals.barriers.map { (title($0, totals), totals.notMet[$0] ?? 0) }, of: n, width: width)
        lines += followupTotals(totals)
        let linked = (totals.criteria + totals.barriers).filter { totals.actionsBySection[$0] != nil }
        if !linked.isEmpty {
            lines.append("")
            lines.append(words.actionsByCriterion)
            lines += BarChart.render(linked.map { (title($0, totals), totals.actionsBySection[$0] ?? 0) }, of: totals.actions, width: width)
        }
        return lines
    }

    /// Did they act on it: plans followed up, first steps taken, the
    /// actions by status, done per criterion and barrier, and what stood
    /// in the way most often.
    private func followupTotals(_ totals: EventTotals) -> [String] {
        let words = language.words
        let n = totals.sessions
        var lines = ["", words.followedUpPlans(totals.followedUp, of: n, percent: (totals.followedUp * 100 + n / 2) / max(n, 1))]
        guard totals.followedUp > 0 else { return lines }
        lines.append(words.firstStepsTaken(totals.firstStepsTaken, of: totals.firstStepsFollowedUp))
        let withStatus = totals.statuses.values.reduce(0, +)
        lines.append("")
        lines.append(words.actionsByStatus)
        lines += BarChart.render(Self.statusRows(totals).map { ($0.label[language], totals.statuses[$0.id] ?? 0) }, of: withStatus, width: width)
        let sections = (totals.criteria + totals.barriers).filter { totals.statusesBySection[$0] != nil }
        if !sections.isEmpty {
            lines.append("")
            lines.append(words.doneByCriterion)
            lines += BarChart.render(
                sections.map { id in
                    let counts = totals.statusesBySection[id] ?? [:]
                    return (title(id, totals), counts[ActionStatus.Outcome.done.rawValue] ?? 0, counts.values.reduce(0, +))
                }, width: width)
        }
        if !totals.hindrances.isEmpty {
            let mentions = totals.hindrances.values.reduce(0, +)
            let sorted = totals.hindrances.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            lines.append("")
            lines.append(words.mostOftenInTheWay)
            lines += BarChart.render(sorted.map { (totals.titles[$0.key]?[language] ?? words.otherHindrance, $0.value) }, of: mentions, width: width)
        }
        return lines
    }

    private func title(_ id: String, _ totals: EventTotals) -> String { totals.titles[id]?[language] ?? id }

    /// The statuses to chart: the four every samplan knows
    /// (`FollowupRules.csvStatuses`), then any other a transcript's
    /// follow-up rules gave, under its id.
    private static func statusRows(_ totals: EventTotals) -> [(id: String, label: Localized)] {
        let known = FollowupRules.csvStatuses.map { (id: $0.id, label: $0.label) }
        let others = totals.statuses.keys.filter { id in !known.contains { $0.id == id } }.sorted()
        return known + others.map { (id: $0, label: Localized(nb: $0, en: $0)) }
    }
}
