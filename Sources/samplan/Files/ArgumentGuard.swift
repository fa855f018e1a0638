import SamplanCore

/// Arguments that end up in files (folder and output paths are written
/// into transcripts) get the same identity-number guard as answers.
enum ArgumentGuard {
    static func check(_ value: String?, option: String, language: Language) throws(ExitCodeError) {
        guard let value, IdentityNumber.contains(value) else { return }
        Console.error(language.words.identityNumberInArgument(option))
        throw ExitCodeError(.usage)
    }
}
