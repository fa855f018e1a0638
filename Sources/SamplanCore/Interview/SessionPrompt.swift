/// The prompt a session shows before each answer:
/// `[10/43] Ledelse · DPS › `. It must leave room for the answer on an
/// ordinary 80-column terminal, so it uses the section's short title and
/// the parties' short labels, and ends with `› ` (U+203A and a space) so
/// people and scripts can tell samplan waits for them; `+› ` while the
/// lines of a long answer are being collected.
public enum SessionPrompt {
    /// At 80 columns, at most this much of the line is prompt.
    public static let widestAllowed = 32

    public static func text(
        number: Int, of total: Int, section: Section?, sectionID: String,
        who: String, collecting: Bool, language: Language
    ) -> String {
        let title = section.map { ($0.short ?? $0.title)[language] } ?? sectionID
        return "[\(number)/\(total)] \(title) · \(who) \(collecting ? "+" : "")› "
    }

    /// Who answers, among the parties at the table: «DPS», «NAV+Kommune»,
    /// or «begge»/«alle» when it is everyone there.
    public static func who(_ asked: Asked, present: [Party], language: Language) -> String {
        let here = present.filter { asked.parties.contains($0.id) }
        if here.count > 1 && here.count == present.count { return language.words.everyone(here.count) }
        return here.map { $0.short[language] }.joined(separator: "+")
    }

    /// The widest the prompt of `question` can be: at its highest number,
    /// collecting lines if it does, whichever parties are at the table.
    public static func widest(
        for question: Question, in section: Section, questionCount: Int, parties: [Party],
        language: Language
    ) -> Int {
        possibleTables(parties).map { present in
            text(
                number: questionCount, of: questionCount, section: section, sectionID: section.id,
                who: who(question.asked, present: present, language: language),
                collecting: question.collectsLines, language: language
            ).count
        }.max() ?? 0
    }

    /// Every set of parties that can sit at the table: those that always
    /// do, with each combination of the optional ones.
    static func possibleTables(_ parties: [Party]) -> [[Party]] {
        let optional = parties.filter(\.optional).prefix(8)
        return (0..<(1 << optional.count)).map { mask in
            parties.filter { party in
                guard let index = optional.firstIndex(of: party) else { return true }
                return mask & (1 << (index - optional.startIndex)) != 0
            }
        }
    }
}
