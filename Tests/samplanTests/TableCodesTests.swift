import Foundation
import Testing

@testable import samplan

/// Table codes for `samplan serve`: made once, kept in the folder (owner
/// only), the same after a restart, the roster's own where it sets them.
struct TableCodesTests {
    @Test func codesAreMadeOnceKeptAndReadAgain() throws {
        let folder = TempFolder.make() + "/served"
        let first = try TableCodes.load(folder: folder, tables: [1, 2, 3])
        #expect(first.byTable.count == 3)
        #expect(first.byTable.values.allSatisfy { $0.count == 11 && $0.dropFirst(5).first == "-" })
        #expect(Set(first.byTable.values).count == 3)
        let path = folder + "/" + TableCodes.fileName
        #expect(SessionFiles(folder: folder).mode(path) == 0o600)
        // A restarted server: the same codes; a table added gets its own.
        let again = try TableCodes.load(folder: folder, tables: [1, 2, 3, 4])
        #expect(again.byTable.filter { $0.key <= 3 } == first.byTable)
        #expect(again.byTable[4] != nil)
        // Typed as people type: lower case, spaces, no hyphen.
        let code = try #require(first.byTable[2])
        #expect(first.table(for: code.lowercased().replacingOccurrences(of: "-", with: " ")) == 2)
        #expect(first.table(for: String(code.dropLast())) == nil)
    }

    @Test func theRostersCodeWins() throws {
        let folder = TempFolder.make()
        _ = try TableCodes.load(folder: folder, tables: [1, 2])
        let codes = try TableCodes.load(folder: folder, tables: [1, 2], given: [2: "ACDEF-HJKMN"])
        #expect(codes.table(for: "ACDEFHJKMN") == 2)
    }

    @Test func aBrokenCodesFileIsRefusedWithItsLine() throws {
        let folder = TempFolder.make()
        try "# codes\n1;ACDEF-HJKMN\n2;NOT A CODE\n".write(toFile: folder + "/" + TableCodes.fileName, atomically: true, encoding: .utf8)
        #expect(throws: ServeProblem.self) { try TableCodes.load(folder: folder, tables: [1, 2]) }
        do {
            _ = try TableCodes.load(folder: folder, tables: [1, 2])
        } catch {
            #expect(error.message.hasSuffix("/.serve-codes:3: expected «table;code», a code of ten letters from ACDEFHJKMNPRTUVWXY"))
        }
    }
}

/// The wrong-code limiter on a clock the test moves.
struct WrongCodeLimiterTests {
    final class Clock: @unchecked Sendable {
        var now: Double = 0
    }

    @Test func fiveWrongCodesAreFreeThenEachLocksOutTwiceAsLong() {
        let clock = Clock()
        let limiter = WrongCodeLimiter(now: { clock.now })
        for _ in 1...WrongCodeLimiter.free {
            limiter.wrong(from: "10.0.0.7")
            #expect(limiter.wait(for: "10.0.0.7") == nil)
        }
        limiter.wrong(from: "10.0.0.7")
        #expect(limiter.wait(for: "10.0.0.7") == 1)
        // Another client is not slowed by this one.
        #expect(limiter.wait(for: "10.0.0.8") == nil)
        clock.now = 1
        #expect(limiter.wait(for: "10.0.0.7") == nil)
        limiter.wrong(from: "10.0.0.7")
        #expect(limiter.wait(for: "10.0.0.7") == 2)
        clock.now = 3
        for _ in 0..<30 { limiter.wrong(from: "10.0.0.7") }
        #expect(limiter.wait(for: "10.0.0.7") == Int(WrongCodeLimiter.longestLockout))
        // Ten quiet minutes after the lock-out, the count starts again.
        clock.now += WrongCodeLimiter.longestLockout + WrongCodeLimiter.forgetAfter + 1
        limiter.wrong(from: "10.0.0.7")
        #expect(limiter.wait(for: "10.0.0.7") == nil)
    }
}
