#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and validates a rules file (formats 1 and 2). Reports every
/// problem of a file at once, each with its line and column.
public enum RulesLoader {
    /// The format new rules are written in; format 1 still loads.
    public static let latestFormat = 2
    public static let supportedFormats = 1...latestFormat

    static func topLevelFields(format: Int) -> [String] {
        ["format", "id", "version", "title"] + (format >= 2 ? ["parties", "unsettled"] : []) + ["sources", "sections", "feedback"]
    }

    /// Loads raw bytes, refusing anything that is not UTF-8 text.
    public static func load(data: [UInt8], file: String) throws(RulesError) -> RuleBook {
        try load(text: text(of: data, file: file), file: file)
    }

    /// The bytes as text, or the line and column of the first that is not UTF-8.
    static func text(of data: [UInt8], file: String) throws(RulesError) -> String {
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(data)
            throw RulesError(
                file: file, text: String(decoding: data, as: UTF8.self),
                diagnostics: [RulesDiagnostic(.notText, line: line, column: column)])
        }
        return text
    }

    /// How `matches` patterns whose repetitions may give back are taken.
    public enum Patterns: Sendable {
        /// Refused with a diagnostic: a rules file being written or used.
        case strict
        /// Made possessive: rules recorded in a transcript, which must
        /// stay readable (`PatternSafety`).
        case recorded
    }

    public static func load(text: String, file: String, patterns: Patterns = .strict) throws(RulesError) -> RuleBook {
        let context = RulesReadContext(makesPatternsPossessive: patterns == .recorded)
        return try result(read(text: text, context: context), context: context, text: text, file: file)
    }

    /// What was read, or every problem found, in file order.
    static func result<Read>(_ read: Read?, context: RulesReadContext, text: String, file: String) throws(RulesError) -> Read {
        if let read, context.diagnostics.isEmpty { return read }
        let sorted = context.diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        throw RulesError(file: file, text: text, diagnostics: sorted)
    }

    /// The text's top-level mapping, or nil with the problem reported:
    /// not text, a YAML syntax error, empty, or not a mapping.
    static func topLevel(of text: String, field: String, context: RulesReadContext) -> YAMLFields? {
        if containsNUL(text) {
            context.report(.notText, at: nil)
            return nil
        }
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(text)
        } catch {
            context.report(.syntax(error.problem), at: error.mark)
            return nil
        }
        guard let root, !isNull(root) else {
            context.report(.empty, at: nil)
            return nil
        }
        return YAMLFields(root, field: field, context: context)
    }

    /// Where the first byte that is not UTF-8 is: its line, and its column
    /// counted in characters of the valid text before it.
    static func firstInvalidUTF8(_ data: [UInt8]) -> (line: Int, column: Int) {
        var lineStart = 0
        var line = 1
        var index = 0
        while index < data.count {
            let byte = data[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            let end = index + length
            guard length > 0, end <= data.count,
                String(validating: data[index..<end], as: UTF8.self) != nil
            else { break }
            if byte == 10 {
                line += 1
                lineStart = end
            }
            index = end
        }
        let before = String(decoding: data[lineStart..<index], as: UTF8.self)
        return (line, before.count + 1)
    }

    private static func read(text: String, context: RulesReadContext) -> RuleBook? {
        guard let top = topLevel(of: text, field: "rules file", context: context) else { return nil }
        if let formatNode = top.required("format", context: context) {
            guard let format = formatNode.int, supportedFormats.contains(format) else {
                context.report(.unsupportedFormat(formatNode.string ?? ""), at: formatNode.mark)
                return nil
            }
            context.format = format
        }
        top.rejectUnknown(allowed: topLevelFields(format: context.format), context: context)
        context.parties = context.format >= 2 ? readParties(top, context: context) : Party.formatOne
        context.unsettled = readUnsettled(top, context: context)
        var sourceIDs = IDRegistry(.source)
        let header = readHeader(top, context: context)
        let sources = readSources(top, registry: &sourceIDs, context: context)
        let sourceSet = Set(sources.map(\.id))
        var questionTable = QuestionTable()
        let rawSections = readSections(top, sources: sourceSet, table: &questionTable, context: context)
        checkPresence(rawSections, context: context)
        let sections = rawSections.compactMap { $0.resolve(table: questionTable, context: context) }
        let sectionSet = Set(rawSections.map(\.id))
        let feedback = readFeedback(top, sections: sectionSet, sources: sourceSet, table: questionTable, context: context)

        guard let header, context.diagnostics.isEmpty else { return nil }
        return RuleBook(
            format: context.format, id: header.id, version: header.version, title: header.title,
            languages: Language.allCases, parties: context.parties, sources: sources, sections: sections,
            feedback: feedback, unsettled: context.unsettled)
    }

    /// `unsettled: {answers: PATTERN, names: PATTERN}`: what settles
    /// nothing (`Unsettled`). The patterns follow the rules of `matches`.
    private static func readUnsettled(_ top: YAMLFields, context: RulesReadContext) -> Unsettled {
        guard let node = top["unsettled"], let fields = YAMLFields(node, field: "unsettled", context: context) else { return .none }
        fields.rejectUnknown(allowed: ["answers", "names", "zero"], context: context)
        func read(_ key: String) -> Pattern? { fields[key].flatMap { pattern($0, field: key, context: context) } }
        return Unsettled(answers: read("answers"), names: read("names"), zero: fields.bool("zero", context: context) ?? false)
    }

    /// On the bytes with memchr: `utf8.contains(0)` went byte by byte
    /// through the generic Sequence path, 30 instructions a byte.
    private static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }

    private static func readHeader(_ top: YAMLFields, context: RulesReadContext) -> (id: String, version: String, title: Localized)? {
        let id = top.id(context: context)
        let version = top.text("version", required: true, context: context)
        let title = top.localized("title", required: true, context: context)
        guard let id, let version, let title else { return nil }
        return (id.0, version, title)
    }

    private static func readSources(_ top: YAMLFields, registry: inout IDRegistry, context: RulesReadContext) -> [Source] {
        guard let node = top.required("sources", context: context),
            let items = YAMLFields.list(node, field: "sources", context: context)
        else { return [] }
        if items.isEmpty { context.report(.emptyList("sources"), at: node.mark) }
        return items.compactMap { item in
            guard let fields = YAMLFields(item, field: "sources", context: context) else { return nil }
            fields.rejectUnknown(allowed: ["id", "cite", "title", "file", "url"], context: context)
            let id = fields.id(context: context)
            let cite = fields.textInEachLanguage("cite", required: true, context: context)
            let title = fields.text("title", required: true, context: context)
            let file = fields.text("file", required: false, context: context)
            let url = fields.text("url", required: false, context: context)
            guard let id, registry.register(id.0, at: id.1, context: context), let cite, let title else { return nil }
            return Source(id: id.0, cite: cite, title: title, file: file, url: url)
        }
    }

    private static func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
