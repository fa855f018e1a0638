import Foundation
import Testing

@testable import SamplanCore

/// Every fuzz seed and every crasher the fuzzers ever found, run through
/// the same entry points as the libFuzzer targets (`make fuzz`).
struct FuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func inputs(_ target: String) -> [URL] {
        let folders = ["Fuzz/Corpus/\(target)", "Tests/SamplanCoreTests/Fixtures/crashers/\(target)"]
        return folders.flatMap { folder in
            let url = repository.appendingPathComponent(folder)
            return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
                .filter { !$0.lastPathComponent.hasPrefix(".") }
        }.sorted { $0.path < $1.path }
    }

    @Test(arguments: ["FuzzRules", "FuzzTranscript", "FuzzAnswers"])
    func everyKeptInputRunsWithoutCrashing(_ target: String) throws {
        let files = Self.inputs(target)
        #expect(!files.isEmpty, "seeds for \(target)")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            switch target {
            case "FuzzRules": FuzzEntry.rules(bytes)
            case "FuzzTranscript": FuzzEntry.transcript(bytes)
            default: FuzzEntry.answers(bytes)
            }
        }
    }

    /// The transcript seed is a real one: it reaches the engine.
    @Test func transcriptSeedIsValid() throws {
        let seed = Self.repository.appendingPathComponent("Fuzz/Corpus/FuzzTranscript/readme-example.transcript")
        let transcript = try Transcript.parse(try String(contentsOf: seed, encoding: .utf8))
        #expect(transcript.inputs.count > 5)
        #expect(try transcript.rules(file: "seed").id == "example")
    }
}
