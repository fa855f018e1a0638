/// What `/hjelp` shows: the commands in one column and what each does
/// aligned after them, wrapped to the terminal's width, then how answers
/// are typed (the words are in each language's catalog).
public enum SessionHelp {
    /// The help as lines of at most `width` columns. Below about 40
    /// columns the descriptions go under their command instead of beside it.
    public static func lines(_ language: Language, width: Int) -> [String] {
        let words = language.words
        var lines = [words.helpHeading]
        let rows = SlashCommand.table.map { entry in
            let name = ([entry.name(in: language)] + entry.also).joined(separator: ", ")
            return (command: entry.argument.map { name + " " + $0 } ?? name, text: words.helpText(entry.command))
        }
        let column = 2 + (rows.map(\.command.count).max() ?? 0) + 2
        let room = width - column
        for row in rows {
            guard room >= 20 else {
                lines.append("  " + row.command)
                lines += TextWrapper.wrap(row.text, width: width, indent: "      ")
                continue
            }
            let wrapped = TextWrapper.wrap(row.text, width: room)
            let head = "  " + row.command + String(repeating: " ", count: column - 2 - row.command.count)
            lines.append(head + (wrapped.first ?? ""))
            for rest in wrapped.dropFirst() { lines.append(String(repeating: " ", count: column) + rest) }
        }
        for paragraph in words.helpFooter { lines += TextWrapper.wrap(paragraph, width: width) }
        return lines
    }
}
