/// `summary --format excel`: the summary as a sheet a coordinator opens
/// by double-click in Norwegian Excel. That Excel takes a CSV file as its
/// own only when it begins with a byte-order mark (else æ ø å come out
/// wrong) and its fields are separated by `;` (its list separator, since
/// the comma is the decimal sign). Headings and yes/no are in the
/// coordinator's language; the barriers in words of the session's own;
/// dates as Norwegian Excel reads them (dd.mm.yyyy). One column per party
/// of the rules, the table number first.
public struct SpreadsheetSummary: Sendable {
    public static let byteOrderMark = "\u{FEFF}"
    public static let separator: Character = ";"

    public let language: Language
    public let parties: [Party]

    public init(language: Language, parties: [Party]) {
        self.language = language
        self.parties = parties
    }

    public func header() -> [String] {
        let words = language.words.sheetHeadings
        return [words.table, words.date] + parties.map { $0.short[language] }
            + [
                words.finished, words.answered, words.asked, words.met, words.partly, words.open, words.openBarriers,
                words.firstStep, words.firstStepOwner, words.firstStepDate, words.review, words.actions, words.followups,
                words.lastFollowup,
            ] + FollowupRules.csvStatuses.map { $0.label[language] } + [words.language, words.rules, words.file]
    }

    /// One session's row; `table` is its number in the roster, if known;
    /// `rules` the session's own, whose titles name its barriers.
    public func row(_ s: SessionSummary, table: Int?, rules: RuleBook) -> [String] {
        let words = language.words
        let sessionLanguage = Language(rawValue: s.language) ?? language
        func date(_ iso: String?) -> String { iso.flatMap { LocalDate(iso: $0) }?.norwegian ?? iso ?? "" }
        let units = parties.map { party in s.parties.first { $0.id == party.id }?.unit ?? "" }
        let barriers = s.openBarriers.map { rules.section($0)?.title[sessionLanguage] ?? $0 }
        return [table.map { String($0) } ?? "", date(s.date)] + units
            + [
                s.complete ? words.yes : words.no, String(s.answered), String(s.asked), String(s.met), String(s.partly),
                String(s.open), barriers.joined(separator: ", "), s.firstStep?.what ?? "", s.firstStep?.owner ?? "",
                date(s.firstStep?.date), date(s.reviewDate), String(s.actions.count), String(s.followups.count),
                date(s.followups.last?.date),
            ]
            + FollowupRules.csvStatuses.map { status in String(s.actions.filter { $0.status == status.id }.count) }
            + [words.languageName(sessionLanguage), s.rules, s.file]
    }

    /// One line of the sheet: `;`-separated, quoted as RFC 4180 quotes,
    /// CRLF.
    public static func record(_ fields: [String]) -> String {
        CSVRows.record(fields, separator: separator)
    }
}
