import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSClient
import HummingbirdWSTesting
import SamplanCore
import Synchronization
import Testing

@testable import samplan

/// `samplan serve`'s protocol in process (README, «The page's protocol»): every
/// message a page sends, every answer and every refusal.
@Suite struct ServeProtocolTests {
    let first = ServeHarness.codes[1]!
    let second = ServeHarness.codes[2]!

    @Test func aWholeSessionThroughTheProtocolWritesTheTerminalsPlan() async throws {
        let harness = try ServeHarness()
        let lines = Typed.norwegian
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let opened = try #require(try await page.open(first))
                #expect(opened.type == "screen")
                #expect(opened.text.contains("Sitter noen fra kommunen ved bordet"))
                #expect(opened["prompt"] as? String == "[1/26] Ved bordet · begge › ")
                #expect(opened["choices"] as? [String] == ["Ja", "Ikke i dag – men vi inviterer kommunen inn i samarbeidet", "Nei"])
                var last: [String: Any] = [:]
                for line in lines {
                    last = try #require(try await page.type(line))
                    if last.type == "ended" { break }
                    #expect(last.type == "screen", "\(line): \(last)")
                }
                #expect(last.type == "ended")
                #expect(last.reason == "finished")
                let plan = try #require(last["plan"] as? String)
                #expect(plan == "2026-11-23-dps-nordre-aasen-nav-sagene.plan.txt")
                #expect(last["planText"] as? String == (try? harness.files.text(ending: ".plan.txt")))
            }
        }
        // The same answers typed at a terminal, for the same table.
        let terminal = TempFolder.make()
        try ServeHarness.roster.write(toFile: terminal + "/roster.csv", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(
            ["new", "--event", "roster.csv", "--table", "1"], input: lines.joined(separator: "\n") + "\n", directory: terminal)
        #expect(run.status == 0, "\(run.stderr)")
        let typedAtTerminal = SessionFiles(folder: terminal + "/Transcripts")
        #expect(try harness.files.text(ending: ".plan.txt") == typedAtTerminal.text(ending: ".plan.txt"))
        #expect(
            try ServeProtocolTests.records(harness.files.text(ending: ".transcript"))
                == ServeProtocolTests.records(typedAtTerminal.text(ending: ".transcript")))
        #expect(harness.files.mode(try harness.files.one(ending: ".transcript")) == 0o600)
        #expect(harness.files.mode(try harness.files.one(ending: ".plan.txt")) == 0o600)
    }

    /// A transcript's records without their times, and without the header
    /// (which says when it started) and the plan's folder.
    static func records(_ transcript: String) -> [String] {
        transcript.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("\t") && !$0.hasPrefix("rules-yaml") }
            .compactMap { line -> String? in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count > 1, fields[0].contains(":"), fields[0].contains(".") else { return nil }
                var rest = fields.dropFirst().joined(separator: "\t")
                if rest.hasPrefix("save\t") { rest = "save\t" + (rest.split(separator: "/").last.map(String.init) ?? rest) }
                return rest
            }
    }

    @Test func aCodeOpensItsOwnTableAndNothingElse() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                // Typed as people type it: lower case, a space for the hyphen.
                let opened = try #require(try await page.open(second.lowercased().replacingOccurrences(of: "-", with: " ")))
                #expect(opened.type == "screen")
                _ = try await page.type("2")
                let dps = try #require(try await page.type(""))
                #expect(dps.text.contains("✓ DPS Kongsvinger"))
            }
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let refused = try #require(try await page.open("ACDEF-HJKMP"))
                #expect(refused.type == "refused")
                #expect(refused.reason == "code")
            }
        }
        let transcript = try harness.files.text(ending: ".transcript")
        #expect(transcript.contains("\ttable\t2\n"))
        #expect(!transcript.contains("\ttable\t1\n"))
    }

    @Test func aSecondPageWithTheSameCodeIsToldTheSessionIsOpenElsewhere() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                #expect(try await page.open(first)?.type == "screen")
                _ = try await page.type("2")
                try await client.ws("/ws") { inbound, outbound, _ in
                    var other = TestPage(inbound, outbound)
                    let refused = try #require(try await other.open(first))
                    #expect(refused.type == "refused")
                    #expect(refused.reason == "busy")
                    #expect(try await other.next() == nil)
                }
                // The first page goes on, its session untouched.
                let next = try #require(try await page.type(""))
                #expect(next.text.contains("✓ DPS Nordre Aasen"))
            }
        }
    }

    @Test func closingThePageSavesAndTheCodeResumesExactlyThere() async throws {
        let harness = try ServeHarness()
        let lines = Typed.norwegian
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                for line in lines.prefix(6) { #expect(try await page.type(line)?.type == "screen") }
                // Closed without a word, as a tab is.
            }
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let resumed = try #require(try await page.open(first))
                #expect(resumed.text.contains("Velkommen tilbake"), "\(resumed.text)")
                var last: [String: Any] = [:]
                for line in lines.dropFirst(6) {
                    last = try #require(try await page.type(line))
                    if last.type == "ended" { break }
                }
                #expect(last.reason == "finished")
            }
        }
        let transcript = try harness.files.text(ending: ".transcript")
        #expect(transcript.contains("\tend\thangup\n"))
        #expect(transcript.contains("\tresume\t"))
        #expect(transcript.hasSuffix("\tend\tfinished\n"))
        // One plan: the finished one replaced the draft the hang-up saved.
        #expect(harness.files.names().filter { $0.hasSuffix(".plan.txt") }.count == 1)
    }

    @Test func ctrlDAtThePageSavesAndLeavesAsAtTheTerminal() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                _ = try await page.type("2")
                try await page.send(["type": "end"])
                let ended = try #require(try await page.next())
                #expect(ended.type == "ended")
                #expect(ended.reason == "eof")
                #expect(ended.text.contains("Fortsett senere: åpne siden igjen og skriv bordets kode."))
                #expect(ended["plan"] as? String != nil)
            }
        }
        #expect(try harness.files.text(ending: ".transcript").hasSuffix("\tend\teof\n"))
    }

    /// The same code, later: the plan again the same day; the follow-up
    /// on a later day, at the pair's own desks.
    @Test func aFinishedTablesCodeGivesThePlanAgainThenTheFollowUp() async throws {
        let harness = try ServeHarness()
        let lines = Typed.norwegian
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                for line in lines { if try await page.type(line)?.type == "ended" { break } }
            }
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let again = try #require(try await page.open(first))
                #expect(again.type == "ended")
                #expect(again.reason == "finished")
                #expect(again["planText"] as? String == (try? harness.files.text(ending: ".plan.txt")))
            }
        }
        let weeksLater = try ServeHarness(folder: harness.folder, today: LocalDate(iso: "2027-01-20")!)
        try await weeksLater.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let followup = try #require(try await page.open(first))
                #expect(followup.type == "screen")
                #expect(followup.text.contains("23.11.2026"), "\(followup.text)")
                #expect((followup["prompt"] as? String)?.contains("1/") == true, "\(followup)")
                #expect(try await page.type("1")?.type == "screen")
                let ended = try #require(try await page.type("/avslutt"))
                #expect(ended.type == "ended")
                #expect((ended["plan"] as? String)?.contains("-oppfolging-2027-01-20") == true, "\(ended)")
            }
        }
        // The follow-up is recorded in the same transcript; the agreement is untouched.
        #expect(try weeksLater.files.text(ending: ".transcript").contains("\tfollowup\t2027-01-20\t"))
    }

    @Test func aTableWhoseTranscriptCannotBeReadIsRefusedAsFailed() async throws {
        let folder = TempFolder.make()
        try FileManager.default.createDirectory(atPath: folder + "/Transcripts", withIntermediateDirectories: true)
        let broken = folder + "/Transcripts/broken.transcript"
        try "not a transcript\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let harness = try ServeHarness(transcripts: [1: broken], folder: folder)
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let refused = try #require(try await page.open(first))
                #expect(refused.reason == "failed")
                // The reason, with its paths, is for the server's log.
                #expect(refused["text"] == nil)
            }
        }
    }

    @Test func aServerThatIsStoppingSavesEveryTableAndOpensNoMore() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                _ = try await page.type("2")
                await harness.server.closeEverything()
                let ended = try #require(try await page.next())
                #expect(ended.type == "ended")
                #expect(ended.reason == "hangup")
            }
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let refused = try await page.open(second)
                #expect(refused?.reason == "stopping")
            }
        }
        #expect(try harness.files.text(ending: ".transcript").hasSuffix("\tend\thangup\n"))
        #expect(harness.files.names().contains { $0.hasSuffix(".plan.txt") })
    }

    @Test func tabCompletesCommandsAndChoicesAsTheTerminalDoes() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                try await page.send(["type": "complete", "text": "/hj"])
                let commands = try #require(try await page.next())
                #expect(commands.type == "completions")
                #expect(commands["options"] as? [String] == ["/hjelp"])
                try await page.send(["type": "complete", "text": "Ik"])
                let choices = try #require(try await page.next())
                #expect(choices["options"] as? [String] == ["Ikke i dag – men vi inviterer kommunen inn i samarbeidet"])
                #expect(choices.text == "Ik")
            }
        }
    }

    @Test func aThousandWrongCodesFromOneClientAreSlowed() async throws {
        // A clock that stands still: no lock-out runs out during the test.
        let harness = try ServeHarness(limiter: WrongCodeLimiter(now: { 1_000 }))
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                var tried = 0, slowed = 0
                for n in 0..<1_000 {
                    let answer = try #require(try await page.open(String(format: "AAAAA-%05d", n)))
                    if answer.reason == "code" { tried += 1 }
                    if answer.reason == "slow" {
                        slowed += 1
                        #expect((answer["retryAfter"] as? Int ?? 0) >= 1)
                    }
                }
                // Five are free; the sixth is tried and locks the client out.
                #expect(tried == WrongCodeLimiter.free + 1)
                #expect(slowed == 1_000 - WrongCodeLimiter.free - 1)
                // Even the right code waits out the lock-out.
                #expect(try await page.open(first)?.reason == "slow")
            }
        }
    }

    @Test func malformedMessagesCloseOnlyTheirConnection() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                #expect(try await page.open(first)?.type == "screen")
                for bad in ["not json", #"{"type":"fly"}"#, #"{"type":"line"}"#, #"{"type":"open","code":"ACDEF-HJKMN"}"#] {
                    try await client.ws("/ws") { inbound, outbound, _ in
                        var other = TestPage(inbound, outbound)
                        if bad.contains("open") { _ = try await other.open(second) }
                        try await other.raw(bad)
                        let refused = try #require(try await other.next())
                        #expect(refused.reason == "malformed", "\(bad)")
                        #expect(try await other.next() == nil)
                    }
                }
                // A line before any code is out of order.
                try await client.ws("/ws") { inbound, outbound, _ in
                    var other = TestPage(inbound, outbound)
                    let answer = try await other.type("2")
                    #expect(answer?.reason == "malformed")
                }
                // A message larger than the limit.
                try await client.ws("/ws") { inbound, outbound, _ in
                    var other = TestPage(inbound, outbound)
                    _ = try await other.open(second)
                    try await other.raw(#"{"type":"line","text":""# + String(repeating: "x", count: 100_000) + #""}"#)
                    // Closed at the frame's size (or with «malformed»), never answered.
                    var answers: [String] = []
                    while let message = try? await other.next() { answers.append(message.type ?? "?") }
                    #expect(answers.allSatisfy { $0 == "refused" }, "\(answers)")
                }
                // The first page's session never noticed.
                #expect(try await page.type("2")?.text.contains("Hvilket DPS") == true)
            }
        }
    }

    @Test func aPageLeftIdleIsSavedAndClosed() async throws {
        var limits = PageServer.Limits()
        limits.idle = .seconds(2)
        let harness = try ServeHarness(limits: limits)
        let answered = Mutex(false)
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                // On a loaded machine the page may be idle before «2» is
                // even read: then the connection may be gone at once.
                guard var message = try await page.type("2") else { return }
                // The answer, then nothing more from the page until the server closes it.
                while message.type == "screen" {
                    answered.withLock { $0 = true }
                    guard let next = try await page.next() else { break }
                    message = next
                }
                if message.type != "screen" {
                    #expect(message.type == "ended")
                    #expect(message.reason == "hangup")
                    #expect(message.text.contains("skriv bordets kode") == answered.withLock { $0 })
                }
            }
        }
        // Whatever the timing, nothing acknowledged is lost: a session that
        // answered ends as a hang-up; one idle before its first answer wrote nothing.
        if answered.withLock({ $0 }) {
            #expect(try harness.files.text(ending: ".transcript").hasSuffix("\tend\thangup\n"))
        } else {
            #expect(harness.files.names().filter { $0.hasSuffix(".transcript") }.isEmpty)
        }
    }

    @Test func connectionsBeyondTheLimitAreRefused() async throws {
        var limits = PageServer.Limits()
        limits.connections = 1
        let harness = try ServeHarness(limits: limits)
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                #expect(try await page.open(first)?.type == "screen")
                try await client.ws("/ws") { inbound, outbound, _ in
                    var other = TestPage(inbound, outbound)
                    let answer = try await other.next()
                    #expect(answer?.reason == "full")
                }
            }
        }
    }

    @Test func aPageMustSayItsCodeSoon() async throws {
        var limits = PageServer.Limits()
        limits.toOpen = .milliseconds(300)
        let harness = try ServeHarness(limits: limits)
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var silent = TestPage(inbound, outbound)
                let answer = try await silent.next()
                #expect(answer?.reason == "idle")
            }
        }
    }

    @Test func oneAddressHoldsFewConnections() async throws {
        var limits = PageServer.Limits()
        limits.perAddress = 2
        let harness = try ServeHarness(limits: limits)
        try await harness.run { client in
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                #expect(try await page.open(first)?.type == "screen")
                try await client.ws("/ws") { inbound, outbound, _ in
                    var second = TestPage(inbound, outbound)
                    #expect(try await second.open(self.second)?.type == "screen")
                    try await client.ws("/ws") { inbound, outbound, _ in
                        var third = TestPage(inbound, outbound)
                        let answer = try await third.next()
                        #expect(answer?.reason == "full")
                    }
                }
            }
        }
    }

    @Test func behindAProxyOnThisMachineTheClientIsTheOneItNames() {
        #expect(PageServer.client("127.0.0.1", forwardedFor: ["10.0.0.9"]) == "10.0.0.9")
        #expect(PageServer.client("::1", forwardedFor: ["203.0.113.4, 10.0.0.9"]) == "10.0.0.9")
        // Anyone else's word for it is not taken.
        #expect(PageServer.client("10.0.0.7", forwardedFor: ["10.0.0.9"]) == "10.0.0.7")
        #expect(PageServer.client("127.0.0.1", forwardedFor: []) == "127.0.0.1")
    }

    @Test func noPathReachesAFileOfTheFolder() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            // A session, so there are files to aim at.
            try await client.ws("/ws") { inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                _ = try await page.open(first)
                _ = try await page.type("2")
            }
            let names = harness.files.names()
            #expect(names.contains { $0.hasSuffix(".transcript") })
            var paths = [
                "/Transcripts/.serve-codes", "/../Transcripts/.serve-codes", "/%2e%2e/Transcripts/.serve-codes", "/etc/passwd", "//etc/passwd",
                "/%2Fetc%2Fpasswd", "/ws/../Transcripts",
            ]
            for name in names {
                paths += [
                    "/" + name, "/Transcripts/" + name, "/../Transcripts/" + name, "/%2e%2e%2fTranscripts%2f" + name,
                    "/" + harness.folder + "/Transcripts/" + name,
                ]
            }
            for path in paths {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    #expect(!String(buffer: response.body).contains("ended\t"), "\(path)")
                }
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
        }
    }

    @Test func aWebSocketFromAnotherSitesPageIsRefused() async throws {
        let harness = try ServeHarness()
        try await harness.run { client in
            for origin in ["http://evil.example", "https://localhost:1", "null"] {
                await #expect(throws: (any Error).self, "\(origin)") {
                    try await client.ws("/ws", configuration: .init(additionalHeaders: [.origin: origin])) { _, _, _ in }
                }
            }
            // The page's own origin, as a browser sends it.
            try await client.ws("/ws", configuration: .init(additionalHeaders: [.origin: "http://localhost:\(client.port!)"])) {
                inbound, outbound, _ in
                var page = TestPage(inbound, outbound)
                let opened = try await page.open(first)
                #expect(opened?.type == "screen")
            }
        }
    }
}
