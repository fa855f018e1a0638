import SamplanCore

/// What the coordinator prints and puts on the tables: each table's
/// number, its parties from the roster, its code and the address to open.
enum CodeSheet {
    static func text(codes: TableCodes, seats: [Int: Roster.Table?], link: String, language: Language) -> String {
        var text = ""
        for number in seats.keys.sorted() {
            guard let code = codes.byTable[number] else { continue }
            let parties = (seats[number] ?? nil)?.names.map(\.name).joined(separator: " · ") ?? ""
            text += language.words.codeSheetEntry(table: number, parties: parties, code: code, link: link) + "\n"
        }
        return text
    }
}
