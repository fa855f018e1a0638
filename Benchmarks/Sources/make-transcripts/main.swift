import Foundation
import SamplanCore
import TranscriptFactory

// make-transcripts COUNT FOLDER      COUNT generated sessions, one file each
// make-transcripts --typed FILE      the lines of one complete session, for a pipe
let arguments = CommandLine.arguments.dropFirst()
let factory = try TranscriptFactory()

func write(_ text: String, to path: String) {
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
        FileHandle.standardError.write(Data("make-transcripts: cannot write \(path)\n".utf8))
        exit(73)
    }
}

if arguments.first == "--typed", arguments.count == 2 {
    let session = factory.session(number: 7, complete: true, language: .nb)
    write(session.typed.joined(separator: "\n") + "\n", to: arguments.last!)
    exit(0)
}
guard arguments.count == 2, let count = Int(arguments.first!), count > 0 else {
    FileHandle.standardError.write(Data("usage: make-transcripts COUNT FOLDER | --typed FILE\n".utf8))
    exit(64)
}
let folder = arguments.last!
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
var bytes = 0
var finished = 0
for number in 0..<count {
    let session = factory.session(number: number)
    // Numbered, as samplan numbers a second session of the same pair.
    write(session.transcript, to: "\(folder)/\(session.fileStem)-\(number).transcript")
    bytes += session.transcript.utf8.count
    if session.finished { finished += 1 }
}
print("\(count) transcripts in \(folder): \(bytes / count) bytes each on average, \(finished) finished")
