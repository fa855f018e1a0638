/// What Tab offers: commands after a slash, otherwise a choice's options.
public enum SessionCompletion {
    public static func completer(for question: Question, language: Language) -> @Sendable (String) -> [String] {
        let commands = SlashCommand.names(for: language)
        var labels: [String] = []
        var multiple = false
        if case .choice(let options, let many) = question.kind {
            labels = options.map { $0.label[language] }
            multiple = many
        }
        return { [labels, multiple] before in
            if before.hasPrefix("/") {
                return commands.filter { $0.hasPrefix(before.lowercased()) }
            }
            // With several choices, complete the part after the last comma.
            var head = ""
            var word = before
            if multiple, let comma = before.lastIndex(of: ",") {
                head = String(before[...comma]) + " "
                word = String(before[before.index(after: comma)...].drop { $0 == " " })
            }
            let lowered = word.lowercased()
            return labels.filter { $0.lowercased().hasPrefix(lowered) }.map { head + $0 }
        }
    }
}
