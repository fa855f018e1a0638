/// The commands a pair can type instead of an answer, in both languages.
public enum SlashCommand: Sendable, Equatable {
    case help, back, skip, why, status, plan, save, edit(Int?), quit

    /// Every spelling, for parsing and Tab completion.
    static let spellings: [(String, SlashCommand)] = [
        ("/hjelp", .help), ("/help", .help), ("?", .help),
        ("/tilbake", .back), ("/back", .back),
        ("/hopp", .skip), ("/skip", .skip),
        ("/hvorfor", .why), ("/why", .why),
        ("/status", .status),
        ("/plan", .plan),
        ("/lagre", .save), ("/save", .save),
        ("/endre", .edit(nil)), ("/edit", .edit(nil)),
        ("/avslutt", .quit), ("/quit", .quit),
    ]

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
        if case .edit = command {
            return .command(.edit(words.count > 1 ? Int(words[1]) : nil))
        }
        return .command(command)
    }

    /// Names to offer for completion, the session's language first.
    public static func names(for language: Language) -> [String] {
        let nb = ["/hjelp", "/tilbake", "/hopp", "/hvorfor", "/status", "/plan", "/endre", "/lagre", "/avslutt"]
        let en = ["/help", "/back", "/skip", "/why", "/status", "/plan", "/edit", "/save", "/quit"]
        return language == .nb ? nb + en.filter { !nb.contains($0) } : en + nb.filter { !en.contains($0) }
    }
}
