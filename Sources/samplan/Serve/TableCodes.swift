import Glibc
import SamplanCore

/// Each table's code: what a page types to open its table's session and
/// nothing else. Codes are ten letters from an alphabet without look-alikes
/// (no B/8, G/6, I/L/1, O/Q/0, S/5, Z/2): 18¹⁰, about 41.7 bits, shown as
/// two groups of five. They are kept in the folder (`.serve-codes`, owner
/// only) so a restarted server opens the same tables with the same codes;
/// a coordinator may write a table's code there before the event.
struct TableCodes: Sendable, Equatable {
    static let alphabet = Array("ACDEFHJKMNPRTUVWXY")
    static let length = 10
    static let fileName = ".serve-codes"

    /// Table number → code, as shown (with its hyphen).
    let byTable: [Int: String]
    private let tableOf: [String: Int]

    init(byTable: [Int: String]) {
        self.byTable = byTable
        var tableOf: [String: Int] = [:]
        for (table, code) in byTable { tableOf[Self.normalized(code)] = table }
        self.tableOf = tableOf
    }

    /// The table a typed code opens: case, spaces and hyphens do not matter.
    func table(for typed: String) -> Int? {
        let key = Self.normalized(typed)
        guard key.count == Self.length else { return nil }
        return tableOf[key]
    }

    static func normalized(_ code: String) -> String {
        String(code.uppercased().filter { $0 != "-" && $0 != " " })
    }

    private static let expected = "expected «table;code», a code of ten letters from " + String(alphabet)

    private static func trimmed(_ text: Substring) -> String {
        var text = text
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// A new code from the system's random source.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
        return String(letters[..<5]) + "-" + String(letters[5...])
    }

    /// Whether a code written in the file can be typed as one.
    static func isWellFormed(_ code: String) -> Bool {
        let key = normalized(code)
        return key.count == length && key.allSatisfy { alphabet.contains($0) }
    }

    /// The codes in `folder`, with a new one for every table that has
    /// none, written back (0600) when any was added.
    static func load(folder: String, tables: [Int]) throws(ServeProblem) -> TableCodes {
        let path = folder + "/" + fileName
        var codes: [Int: String] = [:]
        if SafeWrite.exists(path) {
            let bytes: [UInt8]
            do {
                bytes = try FileAccess.read(path)
            } catch {
                throw ServeProblem.codes(path, line: 0, "cannot be read")
            }
            for (index, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let entry = trimmed(line)
                if entry.isEmpty || entry.hasPrefix("#") { continue }
                let parts = entry.split(separator: ";", maxSplits: 1).map { trimmed($0) }
                guard parts.count == 2, let table = Int(parts[0]), isWellFormed(parts[1]) else {
                    throw ServeProblem.codes(path, line: index + 1, expected)
                }
                let key = normalized(parts[1])
                codes[table] = String(key.prefix(5)) + "-" + String(key.dropFirst(5))
            }
        }
        var added = false
        var taken = Set(codes.values)
        for table in tables where codes[table] == nil {
            var code = generate()
            while taken.contains(code) { code = generate() }
            codes[table] = code
            taken.insert(code)
            added = true
        }
        if Set(codes.values.map(normalized)).count != codes.count {
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
    case listen(String)

    var message: String {
        switch self {
        case .codes(let path, let line, let why): line > 0 ? "samplan: \(path):\(line): \(why)" : "samplan: \(path): \(why)"
        case .listen(let why): "samplan: --listen: \(why)"
        }
    }
}
