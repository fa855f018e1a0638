import Foundation
import Testing

/// Golden files in Tests/samplanTests/Golden/. SAMPLAN_RECORD=1 writes them
/// anew from what the code produces now; review the diff before committing.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SAMPLAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with SAMPLAN_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(want, got)).firstIndex { $0.0 != $0.1 } ?? min(want.count, got.count)
        Issue.record(
            "\(name) differs at line \(line + 1):\n  expected: \(line < want.count ? String(want[line]) : "(end)")\n  actual:   \(line < got.count ? String(got[line]) : "(end)")",
            sourceLocation: sourceLocation)
    }

    /// The example transcripts in Transcripts/examples, by file name.
    static var examples: [String] {
        let folder = repository.appendingPathComponent("Transcripts/examples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".transcript") }.sorted().map { folder + "/" + $0 }
    }
}
