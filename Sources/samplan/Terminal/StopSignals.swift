internal import CTerminal
import Glibc
import SamplanCore

/// SIGTERM and SIGHUP end a session the way Ctrl-D does (saved, with an
/// `end hangup` record); then samplan dies of the signal, so the exit
/// status still says what happened.
enum StopSignals {
    /// With a terminal, libedit's reader watches the flag; without one,
    /// the handler closes stdin so the read in progress returns.
    static func install(closingStdin: Bool) {
        _ = samplan_catch_stop_signals(closingStdin ? 1 : 0)
    }

    static var received: Int32? {
        let signal = samplan_stop_requested()
        return signal == 0 ? nil : signal
    }

    static func name(_ signal: Int32) -> String {
        switch signal {
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(signal)"
        }
    }

    /// After the session has saved: say so on stderr (gone with SIGHUP, but
    /// harmless) and die of the signal.
    static func leave(_ signal: Int32, transcript: String?, language: Language) -> Never {
        Console.error(language.words.stoppedBy(name(signal), savedIn: transcript))
        samplan_die_of(signal)
        exit(128 + signal)
    }
}
