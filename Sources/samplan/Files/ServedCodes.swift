import SamplanCore

/// The code of a session's table, for a letter's link: `samplan serve`
/// keeps its codes (`.serve-codes`) in the folder of its transcripts, and
/// records the table in each. Each folder is read once; one whose codes
/// cannot be read gives no code, and its letters say how to follow up at
/// a terminal instead.
struct ServedCodes {
    private var byFolder: [String: TableCodes?] = [:]

    mutating func code(for session: SessionSummary) -> String? {
        guard let table = session.table else { return nil }
        let folder = session.file.lastIndex(of: "/").map { String(session.file[..<$0]) } ?? "."
        if byFolder[folder] == nil {
            byFolder[folder] = .some(SafeWrite.exists(folder + "/" + TableCodes.fileName) ? try? TableCodes.load(folder: folder, tables: []) : nil)
        }
        return byFolder[folder]??.byTable[table]
    }
}
