/// What a feedback message or a section's rationale rests on (Rules/README.md,
/// «Sources»): research, with the sentence that carries the claim; law, to
/// the paragraph; or our own practice, shown as such and citing nothing.
public struct Basis: Sendable, Equatable {
    /// Empty: our own practice.
    public let citations: [Citation]

    public init(_ citations: [Citation]) { self.citations = citations }

    public static let practice = Basis([])

    public var isPractice: Bool { citations.isEmpty }
}

/// One source a message cites.
public struct Citation: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The exact sentence of the source that carries the claim.
        case research(quote: String)
        /// The act is the source; this is the paragraph: «§ 22», or «§ 7,
        /// jf. forvaltningsloven § 13 a» / "section 7, cf. …".
        case law(paragraph: Localized)
        /// Format 1 named a source without saying what kind it is.
        case unspecified
    }

    /// A source id of the rules file.
    public let source: String
    public let kind: Kind

    public init(source: String, kind: Kind) {
        self.source = source
        self.kind = kind
    }
}

extension RuleBook {
    /// How the basis is shown after a message: «Proba 2016»,
    /// «Helsepersonelloven § 22», several joined by «; »; nil for practice,
    /// which is said before the message instead (`Words.ourSuggestion`).
    public func citation(_ basis: Basis, language: Language) -> String? {
        guard !basis.isPractice else { return nil }
        return basis.citations.map { citation in
            let cite = source(citation.source)?.cite[language] ?? citation.source
            if case .law(let paragraph) = citation.kind { return cite + " " + paragraph[language] }
            return cite
        }.joined(separator: "; ")
    }

    /// A message with its basis: «message — Proba 2016», or «Vårt råd:
    /// message» for our own practice.
    public func withBasis(_ message: String, _ basis: Basis, language: Language) -> String {
        guard let cite = citation(basis, language: language) else { return language.words.ourSuggestion + ": " + message }
        return message + " — " + cite
    }
}
