/// A word as a POSIX shell reads it back unchanged: as it is when it holds
/// only letters, digits and `/._-+,:@%=` (æ ø å too), else in single quotes.
/// For the command lines samplan suggests (`samplan resume PATH`).
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        let plain =
            !word.isEmpty
            && word.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+,:@%=".unicodeScalars.contains(scalar)
            }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
