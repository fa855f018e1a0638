import Glibc
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

extension TranscriptSource {
    /// The session and its follow-ups replayed, each follow-up under the
    /// rules it recorded; rules edited by hand or of a format this samplan
    /// does not know are refused (65).
    static func history(_ transcript: Transcript, rules: RuleBook, path: String, language: Language) throws(ExitCodeError) -> PlanHistory {
        do {
            return try PlanHistory(transcript: transcript, rules: rules)
        } catch {
            Console.error("samplan: " + error.message(file: path, in: language))
            throw ExitCodeError(.dataError)
        }
    }

    /// A transcript opened to go on writing (resume, a follow-up), held by
    /// this process alone until it exits, and read only once it is held:
    /// what it says cannot change under us. Refused, before anything is
    /// read or written, when another samplan writes it (75), when standard
    /// input is the file itself or the path is a device's (64).
    static func openForWriting(_ path: String, language: Language) throws(ExitCodeError) -> (file: AppendFile, transcript: Transcript) {
        if isDeviceOrProcessPath(path) {
            Console.error(language.words.notATranscriptPath(path))
            throw ExitCodeError(.usage)
        }
        let file: AppendFile
        do {
            file = try AppendFile(appendingTo: path)
        } catch {
            // The reader names what is wrong: missing, a folder, unreadable.
            _ = try FileAccess.readOrExit(path, language: language)
            Console.error("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        guard file.isRegularFile else {
            Console.error(ReadProblem.notRegular(path).message(in: language))
            throw ExitCodeError(.noInput)
        }
        let locked: Bool
        do {
            locked = try file.lockForWriting()
        } catch {
            Console.error("samplan: " + error.message(in: language))
            throw ExitCodeError(error.exit)
        }
        guard locked else {
            Console.error(language.words.transcriptInUse(path))
            throw ExitCodeError(.temporaryFailure)
        }
        if file.isSameFile(as: STDIN_FILENO) {
            Console.error(language.words.transcriptIsStandardInput(path))
            throw ExitCodeError(.usage)
        }
        return (file, try load(path, language: language))
    }

    /// /dev/stdin, /proc/self/fd/0 and the like: no plan or folder is ever
    /// derived from such a path.
    static func isDeviceOrProcessPath(_ path: String) -> Bool {
        var absolute = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
            if getcwd(&buffer, buffer.count) != nil {
                absolute = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "/" + path
            }
        }
        let parts = absolute.split(separator: "/").filter { $0 != "." }
        return parts.first == "dev" || parts.first == "proc"
    }
}
