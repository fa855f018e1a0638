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

    /// What was fed to the engine, in order.
    public var inputs: [SessionInput] {
        records.compactMap { if case .input(let input) = $0.event { input } else { nil } }
    }

    public var parties: (dps: String, nav: String)? {
        for record in records.reversed() {
            if case .parties(let dps, let nav) = record.event { return (dps, nav) }
        }
        return nil
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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var warnings: [TranscriptWarning] = []
        if let last = lines.last {
            if last.isEmpty {
                lines.removeLast()
            } else {
                warnings.append(.tornLastLine(line: lines.count))
                lines.removeLast()
            }
        }
        guard let first = lines.first else { throw .notATranscript }
        let magic = first.split(separator: "\t")
        guard magic.count == 2, magic[0] == TranscriptHeader.magic, let format = Int(magic[1]) else { throw .notATranscript }
        guard format <= TranscriptHeader.formatVersion else { throw .newerFormat(format) }

        var fields: [String: [String]] = [:]
        var index = 1
        while index < lines.count, let key = lines[index].split(separator: "\t", maxSplits: 1).first,
              !(key.first?.isNumber ?? true) {
            let parts = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields[parts[0]] = Array(parts.dropFirst())
            index += 1
        }
        let header = try header(from: fields)

        var records: [TranscriptRecord] = []
        records.reserveCapacity(lines.count - index)
        while index < lines.count {
            guard let record = TranscriptRecord(line: String(lines[index])) else { throw .badRecord(line: index + 1) }
            records.append(record)
            index += 1
        }
        return Transcript(header: header, records: records, warnings: warnings)
    }

    private static func header(from fields: [String: [String]]) throws(TranscriptProblem) -> TranscriptHeader {
        func one(_ key: String) throws(TranscriptProblem) -> String {
            guard let values = fields[key], values.count == 1,
                  let value = TranscriptEscaping.unescape(values[0]) else { throw .badHeader(field: key) }
            return value
        }
        guard let rules = fields["rules"], rules.count == 3, rules[2].hasPrefix("sha256:"),
              let id = TranscriptEscaping.unescape(rules[0]), let version = TranscriptEscaping.unescape(rules[1])
        else { throw .badHeader(field: "rules") }
        guard let language = Language(rawValue: try one("language")) else { throw .badHeader(field: "language") }
        guard let today = LocalDate(iso: try one("today")) else { throw .badHeader(field: "today") }
        let header = TranscriptHeader(samplanVersion: try one("samplan"), rulesID: id, rulesVersion: version,
                                      rulesText: try one("rules-yaml"), language: language, today: today,
                                      started: try one("started"))
        guard "sha256:" + header.rulesHash == rules[2] else { throw .rulesAltered }
        return header
    }

    /// The rules the session was recorded with, from the transcript itself.
    public func rules(file: String) throws(TranscriptProblem) -> RuleBook {
        do {
            return try RulesLoader.load(text: header.rulesText, file: file + " (rules-yaml)")
        } catch {
            throw .rulesInvalid(error.diagnostics.first?.problem.message(in: header.language) ?? "")
        }
    }
}

extension Interview {
    /// The state after feeding recorded inputs, as the live session had it.
    public func replay(_ inputs: [SessionInput], today: LocalDate) -> SessionState {
        var state = start(today: today)
        for input in inputs { state = step(state, input).0 }
        return state
    }
}
