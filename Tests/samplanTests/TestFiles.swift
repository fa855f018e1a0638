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

/// What a pair types for a whole session with the built-in rules.
enum Typed {
    /// Bokmål, a strong plan: one entry per line typed ("" ends a list).
    static let norwegian: [String] = [
        "DPS Nordre Aasen", "NAV Sagene", "behandler", "NAV-veileder",
        "Pasientene får behandling og arbeidsrettet oppfølging samtidig.", "",
        "pasienter ved poliklinikken som står utenfor arbeid",
        "raskere svar om tiltak", "vite hva pasienten tåler", "2",
        "enhetsleder", "NAV-leder", "1", "ja",
        "fagkoordinator for arbeid og psykisk helse", "NAV-veileder for helse og arbeid", "ja",
        "teamleder / fagansvarlig", "3",
        "1", "1",
        "1, 2", "NAV-veilederen har kontortid på DPS-en hver tirsdag", "3", "om 3 uker", "2", "ja",
        "1", "1, 3", "personvernombudet", "NAV-leder",
        "8", "8 timer", "enhetsleder og NAV-leder", "1",
        "ingen", "fagkoordinator for tiltak",
        "2", "1",
        "1", "nei",
        "1, 2",
        "Utveksle kontaktlister ; fagkoordinator DPS ; om 1 uke",
        "Første saksdrøftingsverksted ; NAV-veileder ; 14.12.2026", "",
        "Sende innkalling til verkstedet", "fagkoordinator DPS", "om 1 uke", "om 6 måneder",
    ]

    static let english: [String] = [
        "Nordre Aasen DPS", "NAV Sagene", "clinician", "NAV advisor",
        "Patients get treatment and work-oriented follow-up at the same time.", "",
        "outpatients who are out of work",
        "faster answers about measures", "knowing what the patient can manage", "2",
        "unit leader", "NAV office manager", "1", "yes",
        "coordinator for work and mental health", "NAV advisor for health and work", "yes",
        "team leader / follow-up lead", "3",
        "1", "1",
        "1, 2", "The NAV advisor has office hours at the DPS every Tuesday", "3", "in 3 weeks", "2", "yes",
        "1", "1, 3", "data protection officer", "NAV office manager",
        "8", "8 hours", "unit leader and NAV office manager", "1",
        "none", "measures coordinator",
        "2", "1",
        "1", "no",
        "1, 2",
        "Exchange contact lists ; DPS coordinator ; in 1 week",
        "First case-discussion workshop ; NAV advisor ; 14.12.2026", "",
        "Send the invitation to the workshop", "DPS coordinator", "in 1 week", "in 6 months",
    ]
}

/// What a session's output acknowledges and what its transcript holds.
enum Acknowledged {
    /// The text after a ✓ on a line of output, without colour; nil for
    /// other lines.
    static func shown(_ line: Substring) -> String? {
        guard line.contains("✓ ") else { return nil }
        return String(line.split(separator: "✓ ", maxSplits: 1).last ?? "")
            .replacing(/\u{1B}\[[0-9;]*m/, with: "").trimmingCharacters(in: .whitespaces)
    }

    /// The answers recorded in a transcript's text, unescaped.
    static func answers(in transcript: String) -> [String] {
        transcript.split(separator: "\n").filter { $0.contains("\tanswer\t") }
            .compactMap { $0.split(separator: "\t", omittingEmptySubsequences: false).last }
            .map { String($0).replacing("\\n", with: "\n") }
    }

    static func lines(_ output: String) -> [Substring] {
        output.replacing("\r\n", with: "\n").split(separator: "\n")
    }
}
