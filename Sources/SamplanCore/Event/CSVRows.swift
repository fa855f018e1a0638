/// RFC 4180 CSV, read and written by samplan itself rather than through
/// CSV.swift: the roster's faults are reported by line (`FILE:LINE: …`),
/// which that reader does not say, and a writer of a dozen lines beside
/// the reader keeps the format in one place and the dependency list
/// short. The tests read `summary --csv` back with CSV.swift, an
/// independent parser.
/// Rows of RFC 4180 CSV with the line each begins on: commas (or the
/// semicolons Norwegian Excel writes), quoted fields with doubled quotes,
/// CRLF or LF.
public enum CSVRows {
    /// `;` when the header line has more semicolons than commas outside
    /// quotes (Norwegian Excel), else `,`.
    static func separator(of text: String) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for character in text {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\n" where !quoted, "\r\n" where !quoted: return semicolons > commas ? ";" : ","
            default: continue
            }
        }
        return semicolons > commas ? ";" : ","
    }

    struct Row {
        var fields: [String]
        let line: Int
        var problem: RosterProblem.Kind?
    }

    static func parse(_ text: String, separator: Character = ",") -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let after = next() {
                        if after == "\"" { field.append("\"") } else { quoted = false; pending = after }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case separator:
                fields.append(field)
                field = ""
            case "\n", "\r\n":
                fields.append(field)
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                field = ""
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        if quoted {
            rows.append(Row(fields: fields + [field], line: rowLine, problem: .unclosedQuote))
        } else if !field.isEmpty || !fields.isEmpty {
            rows.append(Row(fields: fields + [field], line: rowLine))
        }
        return rows
    }

    /// One record as RFC 4180 writes it, ending in CRLF: a field with a
    /// comma, a quote or a line break is quoted, its quotes doubled. The
    /// same module reads the roster and writes `summary --csv`, so the
    /// format is defined once; it cannot fail, so nothing is dropped.
    public static func record(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field in
            // Both separators are quoted, whichever is used: a reader that
            // guesses the other still keeps the field whole.
            guard field.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
                return field
            }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: String(separator)) + "\r\n"
    }
}
