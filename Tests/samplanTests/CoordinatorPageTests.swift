import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import samplan

/// The coordinator's routes of `samplan serve` in process (issue 32, 1):
/// nothing without the password, the password only in a body, the cookie
/// it sets, and the board as a server-sent event.
@Suite struct CoordinatorPageTests {
    @Test func nothingWithoutThePasswordAndTheBoardWithIt() async throws {
        let harness = try ServeHarness(coordinatorPassword: "riktig-passord")
        // Through the router, no socket: these routes are plain HTTP, and a
        // loaded machine's client timeouts have nothing to say about them.
        try await harness.run(.router) { client in
            // The page itself holds no data and is open to all.
            try await client.execute(uri: "/koordinator", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("koordinator.js") && !page.contains("ACDEF") && !page.contains("PRTUV"))
            }
            for path in ["/koordinator/events", "/koordinator/plan/1", "/koordinator/samling.csv", "/koordinator/session"] {
                try await client.execute(uri: path, method: .get) { response in #expect(response.status == .unauthorized, "\(path)") }
            }
            // A password in the address is no password.
            try await client.execute(uri: "/koordinator/login?password=riktig-passord", method: .post, body: ByteBuffer()) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/koordinator/login", method: .post, body: ByteBuffer(string: "feil")) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
            }
            var cookie = ""
            try await client.execute(uri: "/koordinator/login", method: .post, body: ByteBuffer(string: "riktig-passord")) { response in
                #expect(response.status == .noContent)
                let set = try #require(response.headers[.setCookie])
                #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/koordinator"))
                #expect(!set.contains("riktig-passord"))
                cookie = String(set.split(separator: ";")[0])
            }
            try await client.execute(uri: "/koordinator/session", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.contentLanguage] == "nb")
            }
            try await client.execute(uri: "/koordinator/samling.csv", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("\u{FEFF}Bord;Dato;DPS;NAV;Kommune;Ferdig;"))
            }
            // No plan yet: none to give.
            try await client.execute(uri: "/koordinator/plan/1", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .notFound)
            }
            // A made-up token opens nothing.
            try await client.execute(uri: "/koordinator/session", method: .get, headers: [.cookie: "samplan_coordinator=0123456789abcdef"]) {
                response in #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func theBoardListsEveryTableOfTheRoster() async throws {
        let harness = try ServeHarness(coordinatorPassword: "x")
        let room = try #require(harness.server.coordinator?.room)
        let (_, boards) = room.subscribe()
        var iterator = boards.makeAsyncIterator()
        let first = await iterator.next()
        room.stop()
        let text = try #require(first)
        let board = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(board["rows"] as? [[String: Any]])
        #expect(rows.map { $0["table"] as? Int } == [1, 2])
        #expect(rows.map { $0["state"] as? String } == ["not-started", "not-started"])
        #expect(rows[0]["parties"] as? [String] == ["DPS Nordre Aasen", "NAV Sagene"])
        #expect(board["language"] as? String == "nb")
    }

    @Test func aPasswordIsTwelveLettersOfTheCodesAlphabet() {
        let made = CoordinatorAccess.generate()
        #expect(made.wholeMatch(of: /[ACDEFHJKMNPRTUVWXY]{4}-[ACDEFHJKMNPRTUVWXY]{4}-[ACDEFHJKMNPRTUVWXY]{4}/) != nil, "\(made)")
        #expect(made != CoordinatorAccess.generate())
        let access = CoordinatorAccess(password: "abc", secure: true)
        #expect(access.login("abd") == nil && access.login("ab") == nil && access.login("abcd") == nil)
        let token = access.login("abc")
        #expect(token?.count ?? 0 >= 32)
        #expect(access.setCookie("t").hasSuffix("; Secure"))
    }
}
