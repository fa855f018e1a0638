import Foundation
import Testing

/// Golden files in one folder: compared byte for byte, and on a difference
/// the first line that differs is named. SAMPLAN_RECORD=1 writes them anew
/// from what the code produces now; review the diff before committing.
public struct GoldenFiles: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public static var recording: Bool { ProcessInfo.processInfo.environment["SAMPLAN_RECORD"] == "1" }

    public func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    public func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run with SAMPLAN_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected == Data(actual.utf8) { return }
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(want, got)).firstIndex { $0.0 != $0.1 } ?? min(want.count, got.count)
        let wanted = line < want.count ? String(want[line]) : "(end)"
        let gotten = line < got.count ? String(got[line]) : "(end)"
        Issue.record("\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(gotten)", sourceLocation: sourceLocation)
    }
}
