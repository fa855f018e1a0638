/// The commands a pair can type instead of an answer, in both languages.
public enum SlashCommand: Sendable, Equatable {
    case help, back, skip, why, status, plan, save, edit(Int?), quit
    /// `/tiltak`, `/tiltak N`, `/tiltak N felt [verdi]`: the words after it.
    case action([String])
    case actions
    case remove(Int?)
    case first(Int?)

    /// One command's names in each language, what follows it, and any
    /// other spelling.
    struct Entry: Sendable {
        let command: SlashCommand
        let nb: String
        let en: String
        var argument: String? = nil
        var also: [String] = []
        /// Spellings parsed but not shown: «/forst» for a keyboard without ø.
        var hidden: [String] = []

        func name(in language: Language) -> String { language == .nb ? nb : en }
    }

    /// The one table of commands: parsing, Tab completion and `/hjelp`
    /// all read it, in this order (what each does is in the catalogs,
    /// `Words.helpText`).
    static let table: [Entry] = [
        Entry(command: .help, nb: "/hjelp", en: "/help", also: ["?"]),
        Entry(command: .back, nb: "/tilbake", en: "/back"),
        Entry(command: .skip, nb: "/hopp", en: "/skip"),
        Entry(command: .why, nb: "/hvorfor", en: "/why"),
        Entry(command: .status, nb: "/status", en: "/status"),
        Entry(command: .plan, nb: "/plan", en: "/plan"),
        Entry(command: .edit(nil), nb: "/endre", en: "/edit", argument: "N"),
        Entry(command: .action([]), nb: "/tiltak", en: "/action", argument: "[N]"),
        Entry(command: .actions, nb: "/liste", en: "/list"),
        Entry(command: .remove(nil), nb: "/fjern", en: "/remove", argument: "N"),
        Entry(command: .first(nil), nb: "/først", en: "/first", argument: "N", hidden: ["/forst"]),
        Entry(command: .save, nb: "/lagre", en: "/save"),
        Entry(command: .quit, nb: "/avslutt", en: "/quit"),
    ]

    /// Every spelling, for parsing.
    static let spellings: [(String, SlashCommand)] = table.flatMap { entry in
        ([entry.nb, entry.en] + entry.also + entry.hidden).map { ($0, entry.command) }
    }

    public enum Parsed: Sendable, Equatable {
        case command(SlashCommand)
        case unknown(String)
        /// Not a command: an answer (which may itself start with a slash
        /// only when it has a space before it, e.g. " /24").
        case answer
    }

    public static func parse(_ line: String) -> Parsed {
        guard line.hasPrefix("/") || line == "?" else { return .answer }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        let name = words.first.map { $0.lowercased() } ?? ""
        guard let command = spellings.first(where: { $0.0 == name })?.1 else { return .unknown(name) }
        // One number: «/fjern 1 2» gets the usage, not half of what it asked.
        let number = words.count == 2 ? Int(words[1]) : nil
        switch command {
        case .edit: return .command(.edit(number))
        case .remove: return .command(.remove(number))
        case .first: return .command(.first(number))
        case .action: return .command(.action(words.dropFirst().map(String.init)))
        default: return .command(command)
        }
    }

    /// The command as typed in `language`: «/tilbake», «/endre 3».
    public func typed(in language: Language) -> String {
        guard let entry = Self.table.first(where: { $0.command.kind == kind }) else { return "" }
        switch self {
        case .edit(let number?), .remove(let number?), .first(let number?): return entry.name(in: language) + " \(number)"
        case .action(let words) where !words.isEmpty: return ([entry.name(in: language)] + words).joined(separator: " ")
        default: return entry.name(in: language)
        }
    }

    /// The command without its argument, to find it in the table.
    private var kind: SlashCommand {
        switch self {
        case .edit: .edit(nil)
        case .remove: .remove(nil)
        case .first: .first(nil)
        case .action: .action([])
        default: self
        }
    }

    /// Names to offer for completion, the session's language first.
    public static func names(for language: Language) -> [String] {
        let own = table.map { $0.name(in: language) }
        let other = table.map { $0.name(in: language == .nb ? .en : .nb) }
        return own + other.filter { !own.contains($0) }
    }
}
