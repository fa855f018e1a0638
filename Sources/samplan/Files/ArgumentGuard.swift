import SamplanCore

/// Arguments that end up in files (folder and output paths are written
/// into transcripts) get the same identity-number guard as answers.
enum ArgumentGuard {
    static func check(_ value: String?, option: String, language: Language) throws(ExitCodeError) {
        guard let value, IdentityNumber.contains(value) else { return }
        Console.error(language == .nb
            ? "samplan: \(option) ser ut til å inneholde et fødselsnummer eller D-nummer; samplan skriver ikke slike nummer i filer."
            : "samplan: \(option) seems to contain a national identity number or D-number; samplan does not write such numbers into files.")
        throw ExitCodeError(.usage)
    }
}
