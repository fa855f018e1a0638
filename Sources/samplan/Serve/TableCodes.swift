import Glibc
import SamplanCore

/// Each table's code (`TableCode`): what a page types to open its table's
/// session and nothing else. A code from the roster's `code` column wins;
/// every other table gets one from the system's random source. Codes are
/// kept in the folder (`.serve-codes`, owner only) so a restarted server
/// opens the same tables with the same codes.
struct TableCodes: Sendable, Equatable {
    static let fileName = ".serve-codes"

    /// Table number → code, as shown (with its hyphen).
    let byTable: [Int: String]
    private let tableOf: [String: Int]

    init(byTable: [Int: String]) {
        self.byTable = byTable
        var tableOf: [String: Int] = [:]
        for (table, code) in byTable { tableOf[TableCode.normalized(code)] = table }
        self.tableOf = tableOf
    }

    /// The table a typed code opens: case, spaces and hyphens do not matter.
    func table(for typed: String) -> Int? {
        let key = TableCode.normalized(typed)
        guard key.count == TableCode.length else { return nil }
        return tableOf[key]
    }

    /// A new code from the system's random source.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<TableCode.length).map { _ in TableCode.alphabet.randomElement(using: &generator)! }
        return TableCode.shown(String(letters))
    }

    private static let expected = "expected «table;code», a code of ten letters from " + String(TableCode.alphabet)

    /// The codes in `folder`, with the roster's (`given`) in their place and
    /// a new one for every table that has none, written back (0600) when
    /// anything changed.
    static func load(folder: String, tables: [Int], given: [Int: String] = [:]) throws(ServeProblem) -> TableCodes {
        let path = folder + "/" + fileName
        var codes: [Int: String] = [:]
        if SafeWrite.exists(path) {
            let bytes: [UInt8]
            do {
                bytes = try FileAccess.read(path)
            } catch {
                throw ServeProblem.codes(path, line: 0, "cannot be read")
            }
            for (index, line) in String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .enumerated()
            {
                let entry = line.trimmingSpaces
                if entry.isEmpty || entry.hasPrefix("#") { continue }
                let parts = entry.split(separator: ";", maxSplits: 1).map(\.trimmingSpaces)
                guard parts.count == 2, let table = Int(parts[0]), TableCode.isWellFormed(parts[1]) else {
                    throw ServeProblem.codes(path, line: index + 1, expected)
                }
                codes[table] = TableCode.shown(parts[1])
            }
        }
        var added = false
        for (table, code) in given where codes[table] != code {
            codes[table] = code
            added = true
        }
        var taken = Set(codes.values)
        for table in tables where codes[table] == nil {
            var code = generate()
            while taken.contains(code) { code = generate() }
            codes[table] = code
            taken.insert(code)
            added = true
        }
        if Set(codes.values.map(TableCode.normalized)).count != codes.count {
            throw ServeProblem.codes(path, line: 0, "two tables have the same code")
        }
        if added {
            let text =
                "# samplan serve: table;code. Keep this file to yourself: a code opens its table's session.\n"
                + codes.keys.sorted().map { "\($0);\(codes[$0]!)" }.joined(separator: "\n") + "\n"
            do {
                try SafeWrite.makeFolder(folder)
                _ = try SafeWrite.write(text, to: path, replace: true)
            } catch {
                throw ServeProblem.codes(path, line: 0, error.message(in: .en))
            }
        }
        return TableCodes(byTable: codes)
    }
}

/// Why `samplan serve` cannot start.
enum ServeProblem: Error {
    case codes(String, line: Int, String)

    var message: String {
        switch self {
        case .codes(let path, let line, let why): line > 0 ? "samplan: \(path):\(line): \(why)" : "samplan: \(path): \(why)"
        }
    }
}
