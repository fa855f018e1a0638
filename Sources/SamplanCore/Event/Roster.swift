/// The coordinator's roster of an event: which unit or office of each
/// party sits at each table. A CSV file with a header row
/// (Transcripts/README.md, «The roster»): the table's number, then a
/// column per party of the rules, named by the party's id or one of the
/// names its `roster:` gives. For the built-in dps-nav:
///
///     table,dps,nav,municipality
///     12,DPS Nordre Aasen,NAV Sagene,
///
/// `bord` names the table column too. An optional party's column may be
/// left out. Read by a small parser of its own rather than CSV.swift,
/// because a roster's faults are reported by line and column name
/// (`FILE:LINE: …`), which that reader does not say.
public struct Roster: Sendable, Equatable {
    /// The words that name the table's column.
    public static let tableColumn = ["table", "bord"]

    public struct Table: Sendable, Equatable {
        public let number: Int
        /// The unit or office given for each party, by party id, in the
        /// rules' order; a party left empty is not here.
        public let names: [Named]
        /// The line it was read from, for messages.
        public let line: Int
        /// The code the coordinator set for `samplan serve` (the optional
        /// `code` column), as shown; nil when serve is to make one.
        public var code: String? = nil

        public struct Named: Sendable, Equatable {
            public let party: String
            public let name: String
        }

        public func name(of party: String) -> String? { names.first { $0.party == party }?.name }
    }

    public let tables: [Table]
    /// The ids of the parties that every table names, in the rules' order:
    /// what a session is matched by when it has no table number.
    public let required: [String]
    /// Each table's place in `tables`, so a lookup costs the same however
    /// long the roster is.
    private let places: [Int: Int]

    public init(tables: [Table], required: [String]) {
        self.tables = tables
        self.required = required
        var places: [Int: Int] = [:]
        for (index, table) in tables.enumerated() where places[table.number] == nil { places[table.number] = index }
        self.places = places
    }

    public func table(_ number: Int) -> Table? { places[number].map { tables[$0] } }

    public static func == (lhs: Roster, rhs: Roster) -> Bool { lhs.tables == rhs.tables && lhs.required == rhs.required }

    /// Reads a roster whose columns are `parties`' (the rules'); every
    /// fault is reported, none is skipped.
    public static func parse(bytes: [UInt8], file: String, parties: [Party]) -> Result<Roster, RosterProblems> {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let line = Self.invalidUTF8Line(bytes)
            return .failure(RosterProblems(file: file, problems: [RosterProblem(line: line, kind: .invalidUTF8)]))
        }
        var problems: [RosterProblem] = []
        // Excel's «CSV UTF-8» begins with a byte-order mark.
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let rows = CSVRows.parse(text, separator: CSVRows.separator(of: text))
        let expected = [tableColumn[0]] + parties.map { $0.rosterColumns.last ?? $0.id }
        guard let header = rows.first, !(header.fields.count == 1 && header.fields[0].isEmpty) else {
            return .failure(RosterProblems(file: file, problems: [RosterProblem(line: 1, kind: .noHeader(expected: expected))]))
        }
        // Every cell is taken as a typed line is: cleaned of control
        // characters and escape sequences before it is read, checked or
        // echoed in a message.
        let names = header.fields.map { InputCleaner.clean($0).trimmingSpaces.lowercased() }
        func column(_ wanted: [String]) -> Int? { names.firstIndex { wanted.contains($0) } }
        let tableIndex = column(tableColumn)
        if tableIndex == nil { problems.append(RosterProblem(line: header.line, kind: .missingColumn(tableColumn[0]))) }
        let partyColumns = parties.map { party in (party: party, index: column(party.rosterColumns)) }
        for (party, index) in partyColumns where index == nil && !party.optional {
            problems.append(RosterProblem(line: header.line, kind: .missingColumn(party.rosterColumns.last ?? party.id)))
        }
        guard let tableIndex, problems.isEmpty else { return .failure(RosterProblems(file: file, problems: problems)) }
        let required = partyColumns.filter { !$0.party.optional }.compactMap(\.index)
        var tables: [Table] = []
        var seen: [Int: Int] = [:]
        var codes: [String: Int] = [:]
        let codeIndex = column(TableCode.column)
        for row in rows.dropFirst() where !(row.fields.count == 1 && row.fields[0].trimmingSpaces.isEmpty) {
            if let problem = row.problem {
                problems.append(RosterProblem(line: row.line, kind: problem))
                continue
            }
            let cells = row.fields.map { InputCleaner.clean($0).trimmingSpaces }
            func field(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
            let numberText = field(tableIndex)
            guard let number = Int(numberText), number > 0 else {
                problems.append(RosterProblem(line: row.line, kind: .notATableNumber(column: names[tableIndex], numberText)))
                continue
            }
            if let earlier = seen[number] {
                problems.append(RosterProblem(line: row.line, kind: .duplicateTable(column: names[tableIndex], number, firstLine: earlier)))
                continue
            }
            var missing = false
            for index in required where field(index).isEmpty {
                problems.append(RosterProblem(line: row.line, kind: .emptyField(column: names[index])))
                missing = true
            }
            if missing { continue }
            if IdentityNumber.containsInAnyReading(row.fields.joined(separator: ",")) {
                problems.append(RosterProblem(line: row.line, kind: .identityNumber))
                continue
            }
            if let long = cells.firstIndex(where: SessionDriver.isTooLong) {
                problems.append(
                    RosterProblem(line: row.line, kind: .tooLong(column: long < names.count ? names[long] : "", SessionDriver.longestLine)))
                continue
            }
            var code: String?
            if let codeIndex, !field(codeIndex).isEmpty {
                guard TableCode.isWellFormed(field(codeIndex)) else {
                    problems.append(RosterProblem(line: row.line, kind: .notACode(column: names[codeIndex], field(codeIndex))))
                    continue
                }
                code = TableCode.shown(field(codeIndex))
                if let earlier = codes[TableCode.normalized(field(codeIndex))] {
                    problems.append(RosterProblem(line: row.line, kind: .duplicateCode(column: names[codeIndex], firstLine: earlier)))
                    continue
                }
                codes[TableCode.normalized(field(codeIndex))] = row.line
            }
            seen[number] = row.line
            let named = partyColumns.compactMap { party, index in
                index.map(field).flatMap { $0.isEmpty ? nil : Table.Named(party: party.id, name: $0) }
            }
            tables.append(Table(number: number, names: named, line: row.line, code: code))
        }
        if !problems.isEmpty { return .failure(RosterProblems(file: file, problems: problems)) }
        return .success(Roster(tables: tables, required: parties.filter { !$0.optional }.map(\.id)))
    }

    /// The line of the first byte that is not UTF-8.
    static func invalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if String(validating: bytes[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

/// One fault of a roster, at a line.
public struct RosterProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case invalidUTF8
        /// With the columns the rules' parties call for.
        case noHeader(expected: [String])
        case missingColumn(String)
        case notATableNumber(column: String, String)
        case duplicateTable(column: String, Int, firstLine: Int)
        case emptyField(column: String)
        case unclosedQuote
        case identityNumber
        case tooLong(column: String, Int)
        case notACode(column: String, String)
        case duplicateCode(column: String, firstLine: Int)
    }

    public let line: Int
    public let kind: Kind

    public func message(in language: Language) -> String {
        let words = language.words
        return switch kind {
        case .invalidUTF8: words.rosterNotUTF8()
        case .noHeader(let expected): words.rosterNoHeader(expected: expected)
        case .missingColumn(let name): words.rosterMissingColumn(name)
        case .notATableNumber(let column, let text): words.rosterNotATableNumber(column: column, text)
        case .duplicateTable(let column, let number, let first): words.rosterDuplicateTable(column: column, number, firstLine: first)
        case .emptyField(let column): words.rosterEmptyField(column: column)
        case .unclosedQuote: words.rosterUnclosedQuote()
        case .identityNumber: words.rosterIdentityNumber()
        case .tooLong(let column, let limit): words.rosterTooLong(column: column, limit)
        case .notACode(let column, let text): words.rosterNotACode(column: column, text, alphabet: String(TableCode.alphabet))
        case .duplicateCode(let column, let first): words.rosterDuplicateCode(column: column, firstLine: first)
        }
    }
}

/// Every fault of one roster file, each as `FILE:LINE: message`.
public struct RosterProblems: Error, Sendable, Equatable {
    public let file: String
    public let problems: [RosterProblem]

    public func messages(in language: Language) -> [String] {
        problems.map { "\(file):\($0.line): \($0.message(in: language))" }
    }
}

extension RuleBook {
    /// What a seat in the roster answers for the pair to confirm: each
    /// party's unit or office, by the question whose role names it.
    public func rosterDefaults(_ seat: Roster.Table) -> [String: String] {
        var given: [String: String] = [:]
        for named in seat.names {
            if let question = question(for: .names(party: named.party)) { given[question.id] = named.name }
        }
        return given
    }
}
