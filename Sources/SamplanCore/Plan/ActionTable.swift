/// The plan's actions as a table (deadline, position, what), sorted by
/// date with undated ones last, and the first step marked.
struct ActionTable {
    struct Row: Equatable {
        var date: LocalDate?
        var role: String?
        var what: String
        var first: Bool
    }

    let rows: [Row]
    let language: Language

    init(context: PlanContext, answers: Answers) {
        language = context.language
        var rows: [Row] = []
        let rules = context.rules
        if let question = rules.question(for: .actions), case .actions(let items)? = answers[question.id] {
            rows = items.map { Row(date: $0.date, role: $0.role, what: $0.what, first: false) }
        }
        if let step = FirstStep.of(answers, rules: rules, language: language), step.named {
            // The first step is often also one of the actions: mark that one.
            if let same = rows.firstIndex(where: { $0.what.lowercased() == step.what.lowercased() }) {
                rows[same].first = true
                rows[same].role = rows[same].role ?? step.role
                rows[same].date = rows[same].date ?? step.date
            } else {
                rows.append(Row(date: step.date, role: step.role, what: step.what, first: true))
            }
        }
        // Stable: equal dates keep the order they were typed in.
        self.rows = rows.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (l?, r?) where l != r: return l < r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// Columns: marker (2), deadline (10), position, what; the position
    /// column as wide as its longest entry up to a third of the width.
    func text(width: Int) -> String {
        guard !rows.isEmpty else { return "" }
        let none = language.words.notSet
        let heads = language.words.actionHeadings
        let roleWidth = min(max(rows.map { ($0.role ?? none).count }.max() ?? 0, heads.1.count), width / 3)
        let whatWidth = width - 2 - 10 - 2 - roleWidth - 2
        var lines = [row("  ", heads.0, heads.1, heads.2, roleWidth, whatWidth)]
        lines.append("  " + String(repeating: "-", count: 10) + "  " + String(repeating: "-", count: roleWidth)
                     + "  " + String(repeating: "-", count: whatWidth))
        for item in rows {
            let role = TextWrapper.wrap(item.role ?? none, width: roleWidth)
            let what = TextWrapper.wrap(item.what, width: whatWidth)
            for index in 0..<max(role.count, what.count) {
                lines.append(row(index == 0 && item.first ? "► " : "  ",
                                 index == 0 ? (item.date?.norwegian ?? none) : "",
                                 index < role.count ? role[index] : "",
                                 index < what.count ? what[index] : "", roleWidth, whatWidth))
            }
        }
        if rows.contains(where: \.first) {
            lines.append("")
            lines.append(language.words.firstStepMark)
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ mark: String, _ date: String, _ role: String, _ what: String, _ roleWidth: Int, _ whatWidth: Int) -> String {
        let line = mark + pad(date, 10) + "  " + pad(role, roleWidth) + "  " + what
        return line.droppingTrailingSpaces
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
