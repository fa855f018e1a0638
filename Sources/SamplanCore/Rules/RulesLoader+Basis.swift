extension RulesLoader {
    /// What a message or rationale rests on, from its `source:` field.
    /// Format 1 names a listed source. Format 2 says the kind: `practice`,
    /// `{research: ID, quote: "…"}`, `{law: ID, paragraph: "§ …"}`, or a
    /// list of research and law citations.
    static func readBasis(_ fields: YAMLFields, sources: Set<String>, context: RulesReadContext) -> Basis? {
        guard let node = fields.required("source", context: context) else { return nil }
        if context.format == 1 {
            guard let id = YAMLFields.text(node, field: "source", context: context) else { return nil }
            guard sources.contains(id) else {
                context.report(.unknownSource(id), at: node.mark)
                return nil
            }
            return Basis([Citation(source: id, kind: .unspecified)])
        }
        switch node {
        case .scalar:
            guard let text = YAMLFields.text(node, field: "source", context: context) else { return nil }
            if text == "practice" { return .practice }
            context.report(.sourceKindMissing(text), at: node.mark)
            return nil
        case .sequence(let list):
            let items = Array(list)
            if items.isEmpty {
                context.report(.emptyList("source"), at: node.mark)
                return nil
            }
            let citations = items.map { readCitation($0, sources: sources, context: context) }
            let read = citations.compactMap { $0 }
            return read.count == citations.count ? Basis(read) : nil
        case .mapping:
            return readCitation(node, sources: sources, context: context).map { Basis([$0]) }
        }
    }

    private static func readCitation(_ node: YAMLNode, sources: Set<String>, context: RulesReadContext) -> Citation? {
        guard let fields = YAMLFields(node, field: "source", context: context) else { return nil }
        let kinds = fields.keys.filter { $0 == "research" || $0 == "law" }
        guard kinds.count == 1, let kind = kinds.first, let idNode = fields[kind] else {
            fields.rejectUnknown(allowed: ["research", "quote", "law", "paragraph"], context: context)
            context.report(
                kinds.isEmpty ? .missingField("research") : .unknownField("law", allowed: ["research", "quote"]),
                at: fields.mark)
            return nil
        }
        fields.rejectUnknown(allowed: kind == "research" ? ["research", "quote"] : ["law", "paragraph"], context: context)
        guard let id = YAMLFields.text(idNode, field: kind, context: context) else { return nil }
        guard sources.contains(id) else {
            context.report(.unknownSource(id), at: idNode.mark)
            return nil
        }
        if kind == "research" {
            guard let quoteNode = fields["quote"] else {
                context.report(.researchWithoutQuote(id), at: idNode.mark)
                return nil
            }
            guard let quote = YAMLFields.text(quoteNode, field: "quote", context: context) else { return nil }
            guard !quote.trimmingSpaces.isEmpty else {
                context.report(.researchWithoutQuote(id), at: quoteNode.mark)
                return nil
            }
            return Citation(source: id, kind: .research(quote: quote))
        }
        guard let paragraph = fields.textInEachLanguage("paragraph", required: true, context: context) else { return nil }
        return Citation(source: id, kind: .law(paragraph: paragraph))
    }
}
