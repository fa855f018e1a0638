/// One problem in a rules file, with where it is.
public struct RulesDiagnostic: Sendable, Equatable {
    public let problem: RulesProblem
    /// 1-based line; 0 when the problem concerns the whole file.
    public let line: Int
    /// 1-based column, counted in Unicode scalars as libyaml does.
    public let column: Int

    public init(_ problem: RulesProblem, line: Int, column: Int) {
        self.problem = problem
        self.line = line
        self.column = column
    }
}

/// Every problem found in one rules file, thrown by `RulesLoader`.
public struct RulesError: Error, Sendable {
    public let file: String
    public let text: String
    public let diagnostics: [RulesDiagnostic]

    /// `FILE:LINE:COL: message`, then the line and a caret under the column,
    /// one block per problem (the shape Yams and compilers use).
    public func render(in language: Language) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ""
        for d in diagnostics {
            guard d.line > 0 else {
                out += "\(file): \(d.problem.message(in: language))\n"
                continue
            }
            out += "\(file):\(d.line):\(d.column): \(d.problem.message(in: language))\n"
            if d.line <= lines.count {
                let source = lines[d.line - 1].replacingTabsAndCR()
                let width = min(max(d.column - 1, 0), source.unicodeScalars.count)
                out += source + "\n" + String(repeating: " ", count: width) + "^\n"
            }
        }
        return out
    }
}

extension Substring {
    /// The line as shown under a diagnostic: a tab is a space, and any
    /// other control or hidden format character (an escape sequence in a
    /// hostile file) a U+FFFD, so the caret still lines up and nothing
    /// reaches the terminal as a command.
    func replacingTabsAndCR() -> String {
        var line = self
        if line.hasSuffix("\r") { line.removeLast() }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                out.append(" ")
            } else if InputCleaner.isControl(scalar) || InputCleaner.isHiddenFormat(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
