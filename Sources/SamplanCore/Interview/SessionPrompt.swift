/// The prompt a session shows before each answer:
/// `[10/43] Ledelse · DPS › `. It must leave room for the answer on an
/// ordinary 80-column terminal, so it uses the section's short title and
/// the party's short label, and ends with `› ` (U+203A and a space) so
/// people and scripts can tell samplan waits for them; `+› ` while the
/// lines of a long answer are being collected.
public enum SessionPrompt {
    /// At 80 columns, at most this much of the line is prompt.
    public static let widestAllowed = 32

    public static func text(number: Int, of total: Int, section: Section?, sectionID: String,
                            audience: Audience, collecting: Bool, language: Language) -> String {
        let title = section.map { ($0.short ?? $0.title)[language] } ?? sectionID
        let who = language.words.partyLabel(audience)
        return "[\(number)/\(total)] \(title) · \(who) \(collecting ? "+" : "")› "
    }

    /// The widest the prompt of `question` can be: at its highest number,
    /// collecting lines if it does.
    public static func widest(for question: Question, in section: Section, questionCount: Int, language: Language) -> Int {
        text(number: questionCount, of: questionCount, section: section, sectionID: section.id,
             audience: question.audience, collecting: question.collectsLines, language: language).count
    }
}
