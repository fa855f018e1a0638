/// One event of a session, one line of its transcript.
public struct TranscriptRecord: Equatable, Sendable {
    /// Local time of day, in milliseconds since midnight.
    public var time: Int
    public var event: Event

    public init(time: Int, _ event: Event) {
        self.time = time
        self.event = event
    }

    public enum Event: Equatable, Sendable {
        /// What was fed to the engine. Resume and replay feed these, and
        /// only these, through the engine again; the rest is for people.
        case input(SessionInput)
        case asked(question: String)
        /// `by`: who the question is for, as the rules spell it (`Asked`).
        case answered(question: String, by: String, text: String)
        case skipped(question: String)
        case advice(feedback: String)
        case blocked(feedback: String)
        /// The names of the parties at the table (the DPS unit, the NAV
        /// office, …), in the rules' order, as soon as all are known.
        case parties([String])
        case saved(plan: String)
        /// A later run continued the session; its date and time.
        case resumed(at: String)
        /// A follow-up of the plan begins: its date, language and the
        /// follow-up rules it asks by (nil in a record written before
        /// follow-ups recorded theirs: the legacy rules). The inputs after
        /// it, up to the next, are the follow-up's.
        case followup(date: LocalDate, language: Language, rules: FollowupRules.Pin?)
        /// An unfinished follow-up is continued on a later day: dates typed
        /// after this record are checked against that day.
        case continued(on: LocalDate)
        /// The session's table in the coordinator's roster (`new --event`).
        case table(Int)
        case ended(EndReason)
    }

    public enum EndReason: String, Sendable {
        /// Every question that applies was asked.
        case finished
        /// /avslutt, /quit.
        case quit
        /// Ctrl-D or the end of piped input.
        case eof
        /// The terminal went away (SIGHUP) or the process was told to stop.
        case hangup
    }
}

/// The line form: `HH:MM:SS.mmm<TAB>kind<TAB>field…`, fields escaped so a
/// record is always one line.
extension TranscriptRecord {
    public var line: String {
        ([Self.clock(time)] + fields.map(TranscriptEscaping.escape)).joined(separator: "\t")
    }

    /// The record's fields as written, before escaping and without the
    /// time: what the identity-number guard reads, so that fields written
    /// side by side (the two parties) cannot join into a number that
    /// neither holds alone.
    public var writtenText: String { fields.joined(separator: "\t") }

    private var fields: [String] {
        switch event {
        case .input(.line(let text)): ["line", text]
        case .input(.back): ["back"]
        case .input(.skip): ["skip"]
        case .input(.edit(let n)): ["edit", String(n)]
        case .input(.action(let edit)): Self.fields(edit)
        case .asked(let q): ["ask", q]
        case .answered(let q, let by, let text): ["answer", q, by, text]
        case .skipped(let q): ["skipped", q]
        case .advice(let id): ["advice", id]
        case .blocked(let id): ["blocked", id]
        case .parties(let names): ["parties"] + names
        case .saved(let plan): ["save", plan]
        case .resumed(let at): ["resume", at]
        case .followup(let date, let language, nil): ["followup", date.description, language.rawValue]
        case .followup(let date, let language, let pin?):
            ["followup", date.description, language.rawValue, pin.id, pin.version, "sha256:" + pin.hash, pin.text]
        case .continued(let date): ["continued", date.description]
        case .table(let number): ["table", String(number)]
        case .ended(let reason): ["end", reason.rawValue]
        }
    }

    /// Parses one line; nil when it is not a well-formed record.
    public init?(line: String) {
        let bytes = Array(line.utf8)
        guard
            let record = bytes.withUnsafeBufferPointer({ buffer -> TranscriptRecord? in
                guard let base = buffer.baseAddress else { return nil }
                return TranscriptRecord(TranscriptBytes(base: base, count: buffer.count), line: 0..<buffer.count)
            })
        else { return nil }
        self = record
    }

    init?(_ bytes: TranscriptBytes, line: Range<Int>) {
        let parts = bytes.fields(line)
        guard parts.count >= 2, let time = Self.milliseconds(bytes, parts[0]) else { return nil }
        var f: [String] = []
        f.reserveCapacity(parts.count - 2)
        for raw in parts.dropFirst(2) {
            guard let field = bytes.unescaped(raw) else { return nil }
            f.append(field)
        }
        let event: Event
        switch (bytes.string(parts[1]), f.count) {
        case ("line", 1): event = .input(.line(f[0]))
        case ("back", 0): event = .input(.back)
        case ("skip", 0): event = .input(.skip)
        case ("edit", 1):
            guard let n = Int(f[0]) else { return nil }
            event = .input(.edit(n))
        case ("action-add", 4), ("action-change", 3), ("action-remove", 1), ("action-first", 1):
            guard let edit = Self.actionEdit(bytes.string(parts[1]), f) else { return nil }
            event = .input(.action(edit))
        case ("ask", 1): event = .asked(question: f[0])
        case ("answer", 3):
            guard Asked.isSpelling(f[1]) else { return nil }
            event = .answered(question: f[0], by: f[1], text: f[2])
        case ("skipped", 1): event = .skipped(question: f[0])
        case ("advice", 1): event = .advice(feedback: f[0])
        case ("blocked", 1): event = .blocked(feedback: f[0])
        case ("parties", 2...): event = .parties(f)
        case ("save", 1): event = .saved(plan: f[0])
        case ("resume", 1): event = .resumed(at: f[0])
        case ("table", 1):
            guard let number = Int(f[0]), number > 0 else { return nil }
            event = .table(number)
        case ("followup", 2):
            guard let date = LocalDate(iso: f[0]), let language = Language(rawValue: f[1]) else { return nil }
            event = .followup(date: date, language: language, rules: nil)
        case ("followup", 6):
            guard let date = LocalDate(iso: f[0]), let language = Language(rawValue: f[1]), f[4].hasPrefix("sha256:") else { return nil }
            event = .followup(
                date: date, language: language,
                rules: FollowupRules.Pin(id: f[2], version: f[3], hash: String(f[4].dropFirst(7)), text: f[5]))
        case ("continued", 1):
            guard let date = LocalDate(iso: f[0]) else { return nil }
            event = .continued(on: date)
        case ("end", 1):
            guard let reason = EndReason(rawValue: f[0]) else { return nil }
            event = .ended(reason)
        default: return nil
        }
        self.init(time: time, event)
    }

    /// An action edit's fields: what, position, ISO date and source for a
    /// new one (empty when not set); the id and field for a change.
    private static func fields(_ edit: ActionEdit) -> [String] {
        switch edit {
        case .add(let item):
            ["action-add", item.what, item.owner ?? "", item.date?.description ?? "", item.source?.recorded ?? ""]
        case .change(let id, let change):
            switch change {
            case .what(let text): ["action-change", String(id), "what", text]
            case .owner(let role): ["action-change", String(id), "owner", role ?? ""]
            case .date(let date): ["action-change", String(id), "date", date?.description ?? ""]
            }
        case .remove(let id): ["action-remove", String(id)]
        case .markFirst(let id): ["action-first", String(id)]
        }
    }

    private static func actionEdit(_ kind: String, _ f: [String]) -> ActionEdit? {
        func date(_ text: String) -> LocalDate?? { text.isEmpty ? .some(nil) : LocalDate(iso: text).map { .some($0) } }
        if kind == "action-add" {
            guard !f[0].isEmpty, let day = date(f[2]) else { return nil }
            var source: ActionSource?
            if !f[3].isEmpty {
                guard let known = ActionSource(recorded: f[3]) else { return nil }
                source = known
            }
            return .add(ActionItem(what: f[0], owner: f[1].isEmpty ? nil : f[1], date: day, source: source))
        }
        guard let id = Int(f[0]), id > 0 else { return nil }
        switch kind {
        case "action-remove": return .remove(id: id)
        case "action-first": return .markFirst(id: id)
        default:
            switch ActionField(rawValue: f[1]) {
            case .what: return f[2].isEmpty ? nil : .change(id: id, .what(f[2]))
            case .owner: return .change(id: id, .owner(f[2].isEmpty ? nil : f[2]))
            case .date: return date(f[2]).map { .change(id: id, .date($0)) }
            case nil: return nil
            }
        }
    }

    /// `HH:MM:SS.mmm`, the time column of a record.
    public static func clock(_ ms: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let millis = ms % 1000
        let pad = millis < 10 ? "00" : millis < 100 ? "0" : ""
        return "\(two(ms / 3_600_000)):\(two(ms / 60_000 % 60)):\(two(ms / 1000 % 60)).\(pad)\(millis)"
    }

    /// `HH:MM:SS.mmm`; hours, minutes and seconds may have one digit.
    static func milliseconds(_ bytes: TranscriptBytes, _ field: Range<Int>) -> Int? {
        let colon = UInt8(ascii: ":")
        guard let c1 = bytes.find(colon, in: field), let c2 = bytes.find(colon, in: c1 + 1..<field.upperBound),
            let dot = bytes.find(UInt8(ascii: "."), in: c2 + 1..<field.upperBound),
            let h = bytes.number(field.lowerBound..<c1, digits: 1...2), let m = bytes.number(c1 + 1..<c2, digits: 1...2),
            let s = bytes.number(c2 + 1..<dot, digits: 1...2), let ms = bytes.number(dot + 1..<field.upperBound, digits: 3...3),
            h < 24, m < 60, s < 60
        else { return nil }
        return ((h * 60 + m) * 60 + s) * 1000 + ms
    }
}

/// Backslash escapes for tab, newline, carriage return and backslash.
enum TranscriptEscaping {
    static func escape(_ text: String) -> String {
        // By bytes, through a buffer: the rules text (60 KB) is escaped into
        // every header, and appending to an array byte by byte cost 58
        // instructions a byte. Most fields need nothing and come back as is.
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: needsEscape) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                var n = 0
                for byte in bytes {
                    if needsEscape(byte) {
                        out[n] = TranscriptBytes.backslash
                        out[n + 1] =
                            switch byte {
                            case TranscriptBytes.tab: UInt8(ascii: "t")
                            case TranscriptBytes.newline: UInt8(ascii: "n")
                            case UInt8(ascii: "\r"): UInt8(ascii: "r")
                            default: byte
                            }
                        n += 2
                    } else {
                        out[n] = byte
                        n += 1
                    }
                }
                return n
            }
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == TranscriptBytes.backslash || byte == TranscriptBytes.tab || byte == TranscriptBytes.newline
            || byte == UInt8(ascii: "\r")
    }
}
