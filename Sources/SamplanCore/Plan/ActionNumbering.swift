/// How a plan numbers its actions. Since samplan 0.4 an action keeps the
/// number it was given when it was added, whatever its deadline becomes.
/// Before, numbers followed the deadlines; a transcript of such a session
/// keeps them, so a plan signed then is rebuilt, and followed up, with the
/// numbers on its paper.
public enum ActionNumbering: String, Sendable, Codable {
    /// The action's own number (its id).
    case own
    /// 1, 2, 3 … down the table sorted by deadline, the first meeting among them.
    case byDeadline

    /// The numbering of sessions recorded by this version of samplan.
    public static func of(samplanVersion version: String) -> ActionNumbering {
        let parts = version.split(separator: ".").map { Int($0) }
        guard parts.count >= 2, let major = parts[0], let minor = parts[1] else { return .own }
        return (major, minor) < (0, 4) ? .byDeadline : .own
    }
}

extension TranscriptHeader {
    /// How the session this transcript records numbered its actions.
    public var actionNumbering: ActionNumbering { .of(samplanVersion: samplanVersion) }
}
