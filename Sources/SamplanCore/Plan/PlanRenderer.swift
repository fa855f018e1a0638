import Mustache

/// Renders a plan from a mustache template: plain UTF-8 text, lines of at
/// most 72 characters, no control characters but newlines.
public struct PlanRenderer: Sendable {
    public static let width = 72
    /// The template in pieces that render one after the other (`TemplatePieces`).
    let pieces: [MustacheTemplate]

    /// Parses a template; the error says what is wrong with it.
    public init(template text: String) throws(PlanTemplateError) {
        try self.init(template: text, cutting: true)
    }

    /// - Parameter cutting: parse in pieces (`TemplatePieces`); the tests
    ///   compare it with the whole.
    init(template text: String, cutting: Bool) throws(PlanTemplateError) {
        if cutting, let cut = TemplatePieces.cut(text), let parsed = try? cut.map({ try MustacheTemplate(string: $0) }) {
            pieces = parsed
            return
        }
        do {
            pieces = [try MustacheTemplate(string: text)]
        } catch {
            throw PlanTemplateError(reason: String(describing: error))
        }
    }

    /// The built-in template for a language and the rules a plan is made
    /// with (`BuiltinRules.forRules(id:)`: the built-in rules of that id's
    /// own templates, else the default rules'). No id: the default's.
    public static func builtin(_ language: Language, rulesID: String? = nil) -> PlanRenderer {
        let entry = rulesID.map(BuiltinRules.forRules(id:)) ?? BuiltinRules.entries[0]
        // The built-in templates are tested; a failure here is a build defect.
        return try! PlanRenderer(template: entry.template(language))
    }

    /// The follow-up note (`followup-note.LANG.mustache`): what a follow-up
    /// makes instead of rewriting the signed agreement, for every rules file.
    public static func followupNote(_ language: Language) -> PlanRenderer {
        let bytes = language == .nb ? PackageResources.followup_note_nb_mustache : PackageResources.followup_note_en_mustache
        // The built-in templates are tested; a failure here is a build defect.
        return try! PlanRenderer(template: String(decoding: bytes, as: UTF8.self))
    }

    public func render(_ context: PlanContext) -> String {
        let values = context.values()
        let raw = pieces.map { $0.render(values) }.joined()
        var lines: [String] = []
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let clean = Self.removingControls(String(line))
            lines += Self.fold(clean)
        }
        // Two blank lines at most in a row (room to sign), and exactly one
        // newline at the end.
        var text = ""
        var blank = 0
        for line in lines {
            blank = line.isEmpty ? blank + 1 : 0
            if blank < 3 { text += line + "\n" }
        }
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text.hasPrefix("\n") ? String(text.drop { $0 == "\n" }) : text
    }

    /// A line longer than the width wraps with the same indent, two more
    /// under a "- " bullet.
    static func fold(_ line: String) -> [String] {
        // Bytes are at least characters: a short line needs no counting.
        guard line.utf8.count > width, line.count > width else { return [line.droppingTrailingSpaces] }
        let lead = String(line.prefix { $0 == " " })
        let body = line.dropFirst(lead.count)
        let hang = lead + (body.hasPrefix("- ") ? "  " : "")
        let first = TextWrapper.wrap(String(body), width: width - lead.count)
        guard let head = first.first else { return [line] }
        let rest = first.dropFirst().joined(separator: " ")
        let tail = rest.isEmpty ? [] : TextWrapper.wrap(rest, width: width, indent: hang)
        return [lead + head] + tail
    }

    /// Answers may carry stray control characters; a plan never does.
    static func removingControls(_ text: String) -> String {
        if InputCleaner.isClean(text, keepingLines: false) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out.append(" "); continue }
            if InputCleaner.isControl(scalar) || InputCleaner.isHiddenFormat(scalar) { continue }
            out.append(scalar)
        }
        return String(out)
    }
}

/// A plan template that does not parse.
public struct PlanTemplateError: Error, Sendable {
    public let reason: String
}
