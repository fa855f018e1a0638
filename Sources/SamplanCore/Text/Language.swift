/// The languages samplan speaks: Norwegian bokmål first, English on request.
public enum Language: String, Sendable, CaseIterable, Codable, Hashable {
    case nb
    case en

    /// The language for a process: an explicit choice wins, then `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` starting with "en" give English, else bokmål.
    public static func resolve(explicit: Language?, environment: [String: String]) -> Language {
        if let explicit { return explicit }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.hasPrefix("en") ? .en : .nb
        }
        return .nb
    }
}

/// A user-facing text in every language samplan speaks.
public struct Localized: Sendable, Equatable, Hashable {
    public var nb: String
    public var en: String

    public init(nb: String, en: String) {
        self.nb = nb
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .nb: nb
        case .en: en
        }
    }
}
