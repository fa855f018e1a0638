/// A transcript read back: its header and its records.
public struct Transcript: Sendable {
    public var header: TranscriptHeader
    public var records: [TranscriptRecord]
    public var warnings: [TranscriptWarning]

    public init(header: TranscriptHeader, records: [TranscriptRecord], warnings: [TranscriptWarning] = []) {
        self.header = header
        self.records = records
        self.warnings = warnings
    }

    /// What was fed to the engine at the table, in order: the inputs
    /// before the first follow-up.
    public var inputs: [SessionInput] {
        var inputs: [SessionInput] = []
        for record in records {
            switch record.event {
            case .input(let input): inputs.append(input)
            case .followup: return inputs
            default: continue
            }
        }
        return inputs
    }

    /// The session's records, then each follow-up's, from its `followup`
    /// record up to the next (Transcripts/README.md); `followup` is nil for
    /// the session. A follow-up in which nothing was typed counts as none.
    public struct Part: Sendable {
        public let records: ArraySlice<TranscriptRecord>
        public let followup: FollowupBlock?
    }

    public var parts: [Part] {
        var starts: [Int] = [0]
        for (index, record) in records.enumerated() { if case .followup = record.event { starts.append(index) } }
        let blocks = followupsWithEmpty
        var parts: [Part] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : records.count
            let block = number == 0 ? nil : blocks[number - 1]
            if let block, block.inputs.isEmpty { continue }
            parts.append(Part(records: records[start..<end], followup: block))
        }
        return parts
    }

    /// One follow-up of the plan: its date, language and what was fed to
    /// it, in order.
    public struct FollowupBlock: Sendable, Equatable {
        public let date: LocalDate
        public let language: Language
        /// The follow-up rules it was asked by; nil: the legacy ones.
        public let rules: FollowupRules.Pin?
        public var entries: [Entry]

        /// An input, or the day the follow-up was continued on.
        public enum Entry: Sendable, Equatable {
            case input(SessionInput)
            case continued(LocalDate)
        }

        public var inputs: [SessionInput] {
            entries.compactMap { if case .input(let input) = $0 { input } else { nil } }
        }
    }

    /// The follow-ups, in the order they were held (Transcripts/README.md).
    /// A block in which nothing was typed is no follow-up: it was left at
    /// once (older versions wrote the block's first record before any
    /// answer), and counts as none.
    public var followups: [FollowupBlock] { followupsWithEmpty.filter { !$0.inputs.isEmpty } }

    /// Every `followup` record's block, in order, those left at once too.
    private var followupsWithEmpty: [FollowupBlock] {
        var blocks: [FollowupBlock] = []
        for record in records {
            switch record.event {
            case .followup(let date, let language, let rules):
                blocks.append(FollowupBlock(date: date, language: language, rules: rules, entries: []))
            case .input(let input) where !blocks.isEmpty: blocks[blocks.count - 1].entries.append(.input(input))
            case .continued(let date) where !blocks.isEmpty: blocks[blocks.count - 1].entries.append(.continued(date))
            default: continue
            }
        }
        return blocks
    }

    /// The names of the parties at the table, as last recorded.
    public var parties: [String]? {
        for record in records.reversed() {
            if case .parties(let names) = record.event { return names }
        }
        return nil
    }

    /// The session's table in the event's roster, if it was started from one.
    public var table: Int? {
        for record in records {
            if case .table(let number) = record.event { return number }
        }
        return nil
    }

    /// The transcript as it stood when the plan was last saved: what a
    /// resumed session renders to tell its own draft from anyone else's
    /// file, however much was answered after that save.
    public var asOfLastSave: Transcript? {
        guard let last = records.lastIndex(where: { if case .saved = $0.event { true } else { false } }) else { return nil }
        return Transcript(header: header, records: Array(records[...last]), warnings: warnings)
    }

    /// The plan file the session last saved, if any.
    public var lastSavedPlan: String? {
        for record in records.reversed() {
            if case .saved(let plan) = record.event { return plan }
        }
        return nil
    }

    /// Reads a transcript. A last line without its newline was cut off
    /// mid-write: it is skipped with a warning, everything before counts.
    public static func parse(_ text: String) throws(TranscriptProblem) -> Transcript {
        try parse(bytes: Array(text.utf8), rules: nil)
    }

    /// Reads a transcript from its bytes (invalid UTF-8 is replaced, not
    /// refused). `rules` remembers rules texts already checked against
    /// their hash, so an event's transcripts hash the same rules once.
    static func parse(bytes: [UInt8], rules: RulesTextCache?) throws(TranscriptProblem) -> Transcript {
        let result: Result<Transcript, TranscriptProblem> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return .failure(.notATranscript) }
            return Result { () throws(TranscriptProblem) in try parse(TranscriptBytes(base: base, count: buffer.count), rules) }
        }
        return try result.get()
    }

    private static func parse(_ bytes: TranscriptBytes, _ cache: RulesTextCache?) throws(TranscriptProblem) -> Transcript {
        var (lines, torn) = bytes.lines()
        var warnings: [TranscriptWarning] = []
        if torn {
            warnings.append(.tornLastLine(line: lines.count))
            lines.removeLast()
        }
        guard let first = lines.first else { throw .notATranscript }
        let magic = bytes.fields(first)
        guard magic.count == 2, bytes.equals(magic[0], "samplan-transcript"),
            let format = bytes.number(magic[1], digits: 1...9)
        else { throw .notATranscript }
        guard format <= TranscriptHeader.formatVersion else { throw .newerFormat(format) }

        // Header lines (`key<TAB>value…`) run until the first record, which
        // starts with its time.
        var fields: [String: [Range<Int>]] = [:]
        var index = 1
        while index < lines.count, !lines[index].isEmpty, !(48...57).contains(bytes.byte(lines[index].lowerBound)) {
            let parts = bytes.fields(lines[index])
            fields[bytes.string(parts[0])] = Array(parts.dropFirst())
            index += 1
        }
        let header = try header(bytes, fields, cache)

        var records: [TranscriptRecord] = []
        records.reserveCapacity(lines.count - index)
        while index < lines.count {
            guard let record = TranscriptRecord(bytes, line: lines[index]) else { throw .badRecord(line: index + 1) }
            records.append(record)
            index += 1
        }
        return Transcript(header: header, records: records, warnings: warnings)
    }

    private static func header(
        _ bytes: TranscriptBytes, _ fields: [String: [Range<Int>]],
        _ cache: RulesTextCache?
    ) throws(TranscriptProblem) -> TranscriptHeader {
        func one(_ key: String) throws(TranscriptProblem) -> String {
            guard let values = fields[key], values.count == 1, let value = bytes.unescaped(values[0]) else { throw .badHeader(field: key) }
            return value
        }
        guard let rules = fields["rules"], rules.count == 3, case let declared = bytes.string(rules[2]), declared.hasPrefix("sha256:"),
            let id = bytes.unescaped(rules[0]), let version = bytes.unescaped(rules[1])
        else { throw .badHeader(field: "rules") }
        guard let language = Language(rawValue: try one("language")) else { throw .badHeader(field: "language") }
        guard let today = LocalDate(iso: try one("today")) else { throw .badHeader(field: "today") }
        let samplan = try one("samplan")
        guard let yaml = fields["rules-yaml"], yaml.count == 1 else { throw .badHeader(field: "rules-yaml") }
        let text: String, hash: String
        if let known = cache?.lookup(bytes, yaml[0]) {
            (text, hash) = known
        } else {
            guard let value = bytes.unescaped(yaml[0]) else { throw .badHeader(field: "rules-yaml") }
            (text, hash) = (value, SHA256.hex(value.utf8))
            cache?.remember(bytes, yaml[0], text: text, hash: hash)
        }
        let header = TranscriptHeader(
            samplanVersion: samplan, rulesID: id, rulesVersion: version, rulesText: text,
            rulesHash: hash, language: language, today: today, started: try one("started"))
        guard "sha256:" + hash == declared else { throw .rulesAltered }
        return header
    }

    /// The rules the session was recorded with, from the transcript itself.
    public func rules(file: String) throws(TranscriptProblem) -> RuleBook {
        do {
            return try RulesLoader.load(text: header.rulesText, file: file + " (rules-yaml)", patterns: .recorded)
        } catch {
            throw .rulesInvalid(error.diagnostics.first?.problem.message(in: header.language) ?? "")
        }
    }
}

extension Interview {
    /// The state after feeding recorded inputs, as the live session had it.
    public func replay(_ inputs: [SessionInput], today: LocalDate) -> SessionState {
        var state = start(today: today)
        for input in inputs { _ = step(&state, input) }
        return state
    }
}
