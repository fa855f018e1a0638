import Foundation
import Glibc

/// A fresh folder under /tmp for one test's files.
enum TempFolder {
    static func make() -> String {
        var template = Array("/tmp/samplan-test-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return String(cString: path!)
    }
}

/// The files a session left in a folder.
struct SessionFiles {
    let folder: String

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    func one(ending suffix: String) throws -> String {
        let matches = names().filter { $0.hasSuffix(suffix) }
        guard matches.count == 1 else { throw Missing(what: suffix, seen: names()) }
        return folder + "/" + matches[0]
    }

    func text(ending suffix: String) throws -> String {
        try String(contentsOfFile: one(ending: suffix), encoding: .utf8)
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    struct Missing: Error, CustomStringConvertible {
        let what: String
        let seen: [String]
        var description: String { "no single *\(what) among \(seen)" }
    }
}

/// What a pair types for a whole session with the built-in rules
/// (Tests/Shared/typed.LANG.txt, one line typed per line, an empty one
/// ending a list; SamplanCoreTests type the same).
enum Typed {
    static let norwegian = lines("nb")
    static let english = lines("en")
    /// The same, with Enter at the two questions that name the parties:
    /// the names the event's roster gives are confirmed.
    static let confirmingTheRoster: [String] = {
        var lines = norwegian
        lines[1] = ""
        lines[2] = ""
        return lines
    }()

    static func lines(_ language: String) -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Shared/typed.\(language).txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// What a session's output acknowledges and what its transcript holds.
enum Acknowledged {
    /// The text after a ✓ on a line of output, without colour; nil for
    /// other lines.
    static func shown(_ line: Substring) -> String? {
        guard line.contains("✓ ") else { return nil }
        return String(line.split(separator: "✓ ", maxSplits: 1).last ?? "")
            .replacing(/\u{1B}\[[0-9;]*m/, with: "").trimmingCharacters(in: .whitespaces)
            // An action is shown with its number in the list: «2. Hva — …».
            .replacing(#/^\d+\.\s/#, with: "")
    }

    /// The answers recorded in a transcript's text, unescaped.
    static func answers(in transcript: String) -> [String] {
        let answers = transcript.split(separator: "\n").filter { $0.contains("\tanswer\t") }
            .compactMap { $0.split(separator: "\t", omittingEmptySubsequences: false).last }
            .map { String($0).replacing("\\n", with: "\n") }
        // A new action, as the list shows it: «Hva — stilling — 12.01.2027».
        let actions = transcript.split(separator: "\n").filter { $0.contains("\taction-add\t") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let iso = fields[4].split(separator: "-")
            let date = iso.count == 3 ? "\(iso[2]).\(iso[1]).\(iso[0])" : "ikke satt"
            return "\(fields[2]) — \(fields[3].isEmpty ? "ikke satt" : fields[3]) — \(date)"
        }
        return answers + actions
    }

    static func lines(_ output: String) -> [Substring] {
        output.replacing("\r\n", with: "\n").split(separator: "\n")
    }
}
