import SamplanCore

/// Reading a transcript for resume, replay and plan: problems as one
/// sentence on stderr and exit 65 (66 when missing); warnings such as a
/// torn last line on stderr, and the rest goes on.
enum TranscriptSource {
    static func load(_ path: String, language: Language) throws(ExitCodeError) -> Transcript {
        let bytes = try FileAccess.readOrExit(path, language: language)
        do {
            let transcript = try Transcript.parse(String(decoding: bytes, as: UTF8.self))
            for warning in transcript.warnings { Console.error("samplan: " + warning.message(file: path, in: language)) }
            return transcript
        } catch {
            Console.error("samplan: " + error.message(file: path, in: language))
            throw ExitCodeError(.dataError)
        }
    }

    /// The transcript's own rules, or `--rules FILE` to re-evaluate.
    static func rules(for transcript: Transcript, path: String, override: String?, language: Language) throws(ExitCodeError) -> RuleBook {
        if let override { return try RulesSource.load(override, language: language) }
        do {
            return try transcript.rules(file: path)
        } catch {
            Console.error("samplan: " + error.message(file: path, in: language))
            throw ExitCodeError(.dataError)
        }
    }
}
