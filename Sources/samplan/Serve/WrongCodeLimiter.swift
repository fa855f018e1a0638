import Synchronization

/// Slows a client that guesses codes: twenty wrong codes are free, then each
/// further one locks the client out twice as long as the last (1 s, 2 s,
/// 4 s … up to 5 minutes), during which no code from it is even tried. A
/// right code does not reset the count; ten minutes without a wrong code
/// do. Twenty, not five: behind one address (NAT) a room of tables shares
/// the count, and a code of 41.7 bits is not guessed at one a second.
final class WrongCodeLimiter: Sendable {
    static let free = 20
    static let longestLockout: Double = 300
    /// Quiet time after which a client's wrong codes are forgotten.
    static let forgetAfter: Double = 600
    /// Addresses kept at most; the quietest are forgotten first.
    static let remembered = 10_000

    private struct Client {
        var wrong = 0
        var lockedUntil: Double = 0
        var lastSeen: Double = 0
    }

    private let clients = Mutex<[String: Client]>([:])
    private let now: @Sendable () -> Double

    init(now: @escaping @Sendable () -> Double = MonotonicClock.seconds) {
        self.now = now
    }

    /// Seconds the client must wait before a code is tried; nil when it may try now.
    func wait(for client: String) -> Int? {
        let time = now()
        return clients.withLock { clients in
            guard let entry = clients[client], entry.lockedUntil > time else { return nil }
            return Int((entry.lockedUntil - time).rounded(.up))
        }
    }

    /// Counts a wrong code; returns how many the client has given.
    @discardableResult
    func wrong(from client: String) -> Int {
        let time = now()
        return clients.withLock { clients in
            if clients.count >= Self.remembered, clients[client] == nil,
                let quietest = clients.min(by: { $0.value.lastSeen < $1.value.lastSeen })?.key
            {
                clients[quietest] = nil
            }
            var entry = clients[client] ?? Client()
            if time - entry.lastSeen > Self.forgetAfter { entry.wrong = 0 }
            entry.wrong += 1
            entry.lastSeen = time
            if entry.wrong > Self.free {
                let doubling = Double(1 << min(entry.wrong - Self.free - 1, 20))
                entry.lockedUntil = time + min(doubling, Self.longestLockout)
            }
            clients[client] = entry
            return entry.wrong
        }
    }
}

/// Seconds on a clock that only goes forward.
enum MonotonicClock {
    @Sendable static func seconds() -> Double {
        let now = ContinuousClock.now.duration(to: origin)
        return -(Double(now.components.seconds) + Double(now.components.attoseconds) / 1e18)
    }

    private static let origin = ContinuousClock.now
}
