extension RulesLoader {
    static let partyFields = ["id", "name", "short", "optional", "roster"]

    /// `parties:` (format 2): who can sit at the table. Format 1 rules
    /// have the DPS and the NAV office.
    static func readParties(_ top: YAMLFields, context: RulesReadContext) -> [Party] {
        guard let node = top.required("parties", context: context),
            let items = YAMLFields.list(node, field: "parties", context: context)
        else { return [] }
        if items.isEmpty { context.report(.emptyList("parties"), at: node.mark) }
        var registry = IDRegistry(.party)
        return items.compactMap { item in
            guard let fields = YAMLFields(item, field: "parties", context: context) else { return nil }
            fields.rejectUnknown(allowed: partyFields, context: context)
            let id = fields.id(context: context)
            let name = fields.localized("name", required: true, context: context)
            let short = fields.localized("short", required: false, context: context)
            let optional = fields.bool("optional", context: context) ?? false
            var roster: [String] = []
            if let node = fields["roster"], let names = YAMLFields.list(node, field: "roster", context: context) {
                roster = names.compactMap { YAMLFields.text($0, field: "roster", context: context) }
            }
            guard let id, registry.register(id.0, at: id.1, context: context), let name else { return nil }
            if id.0 == "all" {
                context.report(.invalidID("all"), at: id.1)
                return nil
            }
            context.partyMarks[id.0] = id.1
            return Party(id: id.0, name: name, short: short ?? name, optional: optional, roster: roster)
        }
    }

    /// `ask:`. Format 1: `dps`, `nav` or `both`. Format 2: a party id,
    /// a list of them, or `all`.
    static func readAsked(_ fields: YAMLFields, question: String?, context: RulesReadContext) -> Asked? {
        let parties = context.parties.map(\.id)
        guard let node = fields.required("ask", context: context) else { return nil }
        if context.format == 1 {
            guard let text = YAMLFields.text(node, field: "ask", context: context) else { return nil }
            if parties.contains(text) { return Asked(parties: [text], spelling: text) }
            if text == "both" { return Asked(parties: parties, spelling: text) }
            context.report(.unknownValue(field: "ask", value: text, allowed: parties + ["both"]), at: node.mark)
            return nil
        }
        var named: [(String, YAMLMark?)] = []
        if case .sequence(let list) = node {
            for item in list {
                guard let text = YAMLFields.text(item, field: "ask", context: context) else { return nil }
                named.append((text, item.mark))
            }
        } else {
            guard let text = YAMLFields.text(node, field: "ask", context: context) else { return nil }
            if text == "all" { return Asked(parties: parties, spelling: "all") }
            named.append((text, node.mark))
        }
        if named.isEmpty {
            context.report(.questionForNoParty(question ?? "?"), at: node.mark)
            return nil
        }
        var known = true
        for (id, mark) in named where !parties.contains(id) {
            context.report(.unknownParty(id, allowed: parties + ["all"]), at: mark)
            known = false
        }
        guard known else { return nil }
        let ids = parties.filter { id in named.contains { $0.0 == id } }
        return Asked(parties: ids, spelling: ids.joined(separator: "+"))
    }

    /// Every optional party has a question that asks whether it is at the
    /// table, and no question for it alone comes before that one.
    static func checkPresence(_ sections: [RawSection], context: RulesReadContext) {
        let optional = context.parties.filter(\.optional).map(\.id)
        guard !optional.isEmpty else { return }
        let questions = sections.flatMap(\.questions)
        var presentAt: [String: Int] = [:]
        for (position, question) in questions.enumerated() {
            guard case .present(let party)? = question.role else { continue }
            presentAt[party] = position
            // A choice says the party is there by an option with its id.
            if case .choice(let options, false)? = question.kind, !options.contains(where: { $0.id == party }) {
                context.report(.unknownOption(party, question: question.id, allowed: options.map(\.id)), at: question.askMark)
            }
        }
        for party in optional where presentAt[party] == nil {
            context.report(.partyNeverAsked(party), at: context.partyMarks[party] ?? nil)
        }
        for (position, question) in questions.enumerated() {
            guard let asked = question.asked, !asked.parties.isEmpty, asked.parties.allSatisfy(optional.contains) else { continue }
            for party in asked.parties {
                if let at = presentAt[party], at >= position {
                    context.report(.askedBeforePresence(question: question.id, party: party), at: question.askMark)
                }
            }
        }
    }
}
