/// Where new sessions are saved: `--dir`, else `SAMPLAN_DIR`, else
/// `Transcripts` in the current folder. `make run` sets `SAMPLAN_DIR` so
/// that sessions made while trying samplan out in its repository never
/// land beside the examples in the repository's own `Transcripts/`.
enum SessionFolder {
    static let fallback = "Transcripts"

    static func resolve(_ dir: String?, _ console: Console) -> String {
        if let dir { return dir }
        if let given = console.environment["SAMPLAN_DIR"], !given.isEmpty { return given }
        return fallback
    }
}
