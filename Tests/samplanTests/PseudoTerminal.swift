import Glibc

/// Runs the built samplan in a real pseudo-terminal, so the libedit path
/// (raw mode, locale, Ctrl-C as SIGINT) is what gets tested.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    /// The slave side stays open here so the terminal's modes can be
    /// checked after the program has left.
    private let slave: Int32
    private(set) var output: [UInt8] = []
    /// Where the next `expect` starts looking.
    private var mark = 0

    enum Failure: Error, CustomStringConvertible {
        case setup(String)
        case timeout(waitingFor: String, seen: String)
        var description: String {
            switch self {
            case .setup(let what): "pty setup failed: \(what)"
            case .timeout(let wanted, let seen): "timed out waiting for \(wanted.debugDescription); screen so far:\n\(seen)"
            }
        }
    }

    init(arguments: [String], environment: [String], directory: String? = nil, columns: UInt16 = 100, rows: UInt16 = 30) throws {
        var m: Int32 = -1
        var s: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &size) == 0 else { throw Failure.setup("openpty") }
        master = m
        slave = s
        var buffer = [CChar](repeating: 0, count: 256)
        guard ttyname_r(s, &buffer, buffer.count) == 0 else { throw Failure.setup("ttyname_r") }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, so opening the pty makes it the controlling
        // terminal and Ctrl-C reaches the program as SIGINT.
        // Also a clean signal mask and default actions: the test runner's
        // threads may block or ignore SIGINT, and children inherit that.
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, m)
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        if s > 2 { posix_spawn_file_actions_addclose(&actions, s) }
        if let directory {
            // glibc has it, but the Glibc module hides it behind _GNU_SOURCE.
            typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
                throw Failure.setup("posix_spawn_file_actions_addchdir_np")
            }
            _ = unsafeBitCast(symbol, to: AddChdir.self)(&actions, directory)
        }

        var child: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let result = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure.setup("posix_spawn: \(String(cString: strerror(result)))") }
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        close(master)
        close(slave)
    }

    /// Types text as if at the keyboard ("\r" is Enter, "\u{3}" Ctrl-C).
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears after the previous match; returns what
    /// came before it.
    @discardableResult
    func expect(_ text: String, timeout: Double = 20) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Self.now() + timeout
        while true {
            if let range = find(needle) {
                let before = String(decoding: output[mark..<range], as: UTF8.self)
                mark = range + needle.count
                return before
            }
            let left = deadline - Self.now()
            if left <= 0 || !pump(milliseconds: Int32(min(left, 0.2) * 1000)) && left <= 0 {
                throw Failure.timeout(waitingFor: text, seen: screen)
            }
        }
    }

    /// Everything the program wrote, as text.
    var screen: String { String(decoding: output, as: UTF8.self) }

    /// Waits for the program to exit and returns its exit status.
    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = Self.now() + timeout
        var status: Int32 = 0
        while Self.now() < deadline {
            _ = pump(milliseconds: 50)
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                while pump(milliseconds: 20) {}
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
        }
        throw Failure.timeout(waitingFor: "exit", seen: screen)
    }

    /// Whether the terminal is back in cooked mode with echo.
    var terminalRestored: Bool {
        var modes = termios()
        guard tcgetattr(slave, &modes) == 0 else { return false }
        return modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard output.count - mark >= needle.count, !needle.isEmpty else { return nil }
        var i = mark
        while i + needle.count <= output.count {
            if output[i] == needle[0] && Array(output[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// Reads what is available; false when nothing came in time.
    private func pump(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard n > 0 else { return false }
        output.append(contentsOf: buffer[0..<n])
        return true
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Where the built binary is: beside the test bundle, or SAMPLAN_BIN.
enum BuiltBinary {
    static var path: String {
        if let explicit = getenv("SAMPLAN_BIN") { return String(cString: explicit) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let exe = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        var dir = exe
        while let slash = dir.lastIndex(of: "/"), !dir.hasSuffix(".build/debug") && !dir.hasSuffix(".build/release") && dir != "" {
            dir = String(dir[..<slash])
            if access(dir + "/samplan", X_OK) == 0 { return dir + "/samplan" }
        }
        return dir + "/samplan"
    }

    /// The environment of `env -i`: no locale at all, only a terminal type
    /// and a fixed date.
    static let bareEnvironment = ["TERM=xterm-256color", "SAMPLAN_TODAY=2026-11-23"]
}

extension PseudoTerminal {
    /// The built samplan in a fresh folder (where it writes Transcripts/),
    /// with the locale unset and today fixed.
    static func samplan(
        _ arguments: [String] = [], in folder: String = TempFolder.make(),
        environment extra: [String] = []
    ) throws -> PseudoTerminal {
        try PseudoTerminal(
            arguments: [BuiltBinary.path] + arguments, environment: BuiltBinary.bareEnvironment + extra,
            directory: folder)
    }

    /// Types each line at its prompt (typing earlier would reach a
    /// cooked-mode terminal).
    func type(_ lines: [String]) throws {
        for line in lines {
            try expect("› ")
            send(line + "\r")
        }
    }
}
