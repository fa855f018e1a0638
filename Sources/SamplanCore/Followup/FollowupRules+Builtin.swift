import Synchronization

extension FollowupRules {
    /// What a follow-up record carries of its rules: enough to read them
    /// again exactly, and to notice a text edited by hand.
    public struct Pin: Sendable, Equatable {
        public let id: String
        public let version: String
        /// SHA-256 of `text`, hex.
        public let hash: String
        public let text: String

        public init(id: String, version: String, hash: String, text: String) {
            self.id = id
            self.version = version
            self.hash = hash
            self.text = text
        }
    }

    public var pin: Pin { Pin(id: id, version: version, hash: hash, text: text) }

    /// The follow-up rules new follow-ups ask by (Rules/followup.yaml),
    /// shared by both built-in rules: they name no party and take the
    /// barriers from the session's own rules.
    public static let builtin = compiledIn(PackageResources.followup_yaml, file: "Rules/followup.yaml")

    /// The built-in follow-up rules' id and version, without loading them.
    public static var builtinDeclared: (id: String, version: String) {
        BuiltinRules.declared(in: String(decoding: PackageResources.followup_yaml, as: UTF8.self))
    }

    /// The follow-up as samplan 0.3 asked it, frozen
    /// (Rules/followup-legacy.yaml): for records that carry no rules.
    public static let legacy = compiledIn(PackageResources.followup_legacy_yaml, file: "Rules/followup-legacy.yaml")

    /// The statuses `summary` gives a CSV column each (a documented
    /// format) and charts first: the legacy rules' four, fixed, so a
    /// summary of the same transcripts never changes with followup.yaml.
    public static var csvStatuses: [ActionStatus] { legacy.statuses }

    private static func compiledIn(_ bytes: [UInt8], file: String) -> FollowupRules {
        do {
            return try FollowupRulesLoader.load(data: bytes, file: file)
        } catch {
            // Compiled in and loaded by the tests: reaching this is a build
            // that never ran them.
            preconditionFailure(error.render(in: .en))
        }
    }

    /// Rules read from records, by hash: an event's follow-ups share one
    /// or two texts, read once however many blocks carry them.
    private static let recorded = Mutex<[String: FollowupRules]>([:])

    /// The rules a follow-up record names: its own text, checked against
    /// its hash, or the legacy rules when it names none.
    public static func recorded(_ pin: Pin?) throws(TranscriptProblem) -> FollowupRules {
        guard let pin else { return legacy }
        // Found by hash, but only the same text, id and version are the same rules.
        if let known = recorded.withLock({ $0[pin.hash] }), known.pin == pin { return known }
        guard SHA256.hex(pin.text.utf8) == pin.hash else { throw .followupRulesAltered }
        let rules: FollowupRules
        do {
            rules = try FollowupRulesLoader.load(text: pin.text, file: "followup")
        } catch {
            throw .followupRulesInvalid(error.diagnostics.first.map { "\($0.line):\($0.column): \($0.problem.message(in: .en))" } ?? "")
        }
        guard rules.id == pin.id, rules.version == pin.version else { throw .followupRulesAltered }
        recorded.withLock { $0[pin.hash] = rules }
        return rules
    }
}

extension FollowupRules {
    /// The questions each action may be asked.
    var perActionQuestions: Int { 3 + [action.result, action.whyDropped, action.whatElse].compactMap { $0 }.count }

    /// The one line `samplan check` prints on success.
    public func summaryLine(in language: Language) -> String {
        language.words.followupRulesSummary(
            "\(id) \(version)", statuses: statuses.map(\.id), perAction: perActionQuestions, feedback: action.feedback.count + closing.feedback.count)
    }
}
