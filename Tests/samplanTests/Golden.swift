import Foundation
import TestSupport
import Testing

/// Golden files in Tests/samplanTests/Golden/ (`GoldenFiles`).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let files = GoldenFiles(folder: folder)

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try files.check(actual, against: name, sourceLocation: sourceLocation)
    }

    /// The example transcripts in Transcripts/examples, by file name.
    static var examples: [String] {
        let folder = repository.appendingPathComponent("Transcripts/examples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".transcript") }.sorted().map { folder + "/" + $0 }
    }
}
