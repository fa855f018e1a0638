/// What `/hjelp` shows: the commands in one column and what each does
/// aligned after them, wrapped to the terminal's width, then how answers
/// are typed.
public enum SessionHelp {
    struct Row {
        let nb: String, en: String
        let nbText: String, enText: String
    }

    static let rows: [Row] = [
        Row(nb: "/hjelp, ?", en: "/help, ?", nbText: "denne hjelpen", enText: "this help"),
        Row(nb: "/tilbake", en: "/back", nbText: "forrige spørsmål (svarene deres beholdes)",
            enText: "the previous question (your answers are kept)"),
        Row(nb: "/hopp", en: "/skip", nbText: "hopp over spørsmålet (det havner under «Ikke avklart»)",
            enText: "skip the question (it goes under “Not yet clarified”)"),
        Row(nb: "/hvorfor", en: "/why", nbText: "hvorfor vi spør, og kilden", enText: "why we ask, and the source"),
        Row(nb: "/status", en: "/status", nbText: "hvor dere står på hvert kriterium og hver barriere",
            enText: "where you stand on each criterion and barrier"),
        Row(nb: "/plan", en: "/plan", nbText: "vis planen så langt", enText: "show the plan so far"),
        Row(nb: "/endre N", en: "/edit N", nbText: "gå til spørsmål N og kom tilbake hit etterpå",
            enText: "go to question N and come back here afterwards"),
        Row(nb: "/lagre", en: "/save", nbText: "lagre planen nå (den lagres også når dere avslutter)",
            enText: "save the plan now (it is also saved when you quit)"),
        Row(nb: "/avslutt", en: "/quit", nbText: "lagre og avslutt (også Ctrl-D)", enText: "save and quit (also Ctrl-D)"),
    ]

    static func footer(_ language: Language) -> [String] {
        switch language {
        case .nb: ["Enter på et tomt svar beholder svaret dere allerede har gitt.",
                   "Datoer: 15.01.2027, 15.01, «i morgen», «om 2 uker». Ctrl-C tømmer linjen."]
        case .en: ["Enter on an empty answer keeps the answer you have already given.",
                   "Dates: 15.01.2027, 15.01, “tomorrow”, “in 2 weeks”. Ctrl-C clears the line."]
        }
    }

    /// The help as lines of at most `width` columns. Below about 40
    /// columns the descriptions go under their command instead of beside it.
    public static func lines(_ language: Language, width: Int) -> [String] {
        var lines = [language == .nb ? "Kommandoer:" : "Commands:"]
        let commands = rows.map { language == .nb ? $0.nb : $0.en }
        let column = 2 + (commands.map(\.count).max() ?? 0) + 2
        let room = width - column
        for (row, command) in zip(rows, commands) {
            let text = language == .nb ? row.nbText : row.enText
            guard room >= 20 else {
                lines.append("  " + command)
                lines += TextWrapper.wrap(text, width: width, indent: "      ")
                continue
            }
            let wrapped = TextWrapper.wrap(text, width: room)
            let head = "  " + command + String(repeating: " ", count: column - 2 - command.count)
            lines.append(head + (wrapped.first ?? ""))
            for rest in wrapped.dropFirst() { lines.append(String(repeating: " ", count: column) + rest) }
        }
        for paragraph in footer(language) { lines += TextWrapper.wrap(paragraph, width: width) }
        return lines
    }
}
