import SamplanCore

/// Reading the coordinator's roster for `new --event` and `summary
/// --event`: every fault as `FILE:LINE: message` on stderr and exit 65
/// (66 when the file is missing); nothing is started.
enum RosterSource {
    /// - Parameter parties: the rules' parties, whose columns the roster has.
    static func load(_ path: String, parties: [Party], language: Language) throws(ExitCodeError) -> Roster {
        let bytes = try FileAccess.readOrExit(path, language: language)
        switch Roster.parse(bytes: bytes, file: path, parties: parties) {
        case .success(let roster): return roster
        case .failure(let problems):
            for message in problems.messages(in: language) { Console.error("samplan: " + message) }
            throw ExitCodeError(.dataError)
        }
    }

    /// The table `number` of the roster at `path`, or exit 65 saying which tables there are.
    static func table(_ number: Int, in roster: Roster, path: String, language: Language) throws(ExitCodeError) -> Roster.Table {
        guard let table = roster.table(number) else {
            Console.error("samplan: \(path): " + language.words.unknownTable(number, roster.tables.map(\.number)))
            throw ExitCodeError(.dataError)
        }
        return table
    }
}
