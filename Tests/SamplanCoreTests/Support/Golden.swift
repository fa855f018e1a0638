import Foundation
import TestSupport
import Testing

/// Golden files beside the tests, in Fixtures/golden/ (`GoldenFiles`).
enum Golden {
    static let files = GoldenFiles(
        folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/golden"))

    static var folder: URL { files.folder }

    static var recording: Bool { GoldenFiles.recording }

    static func url(_ name: String) -> URL { files.url(name) }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try files.check(actual, against: name, sourceLocation: sourceLocation)
    }
}
