internal import CTerminal
import Glibc

/// Line editing with libedit: arrows, Ctrl-A/E, in-memory history, Tab
/// completion, UTF-8 letters. Used only when stdin and stdout are terminals.
final class EditLineReader: LineReader {
    var completer: (@Sendable (String) -> [String])?
    let durability = Durability.everyRecord
    var beforeWaiting: (() -> Void)?
    let stopsAfterFailedWrite = false
    private let editor: OpaquePointer
    private let history: OpaquePointer?
    /// The prompt's C string, kept alive until the next prompt replaces it.
    private var promptBuffer: UnsafeMutablePointer<CChar>?

    /// Nil when libedit cannot start; the caller falls back to plain reading.
    init?(program: String) {
        // libedit drops non-ASCII bytes in the C locale (the æøå trap).
        _ = samplan_use_utf8_locale()
        guard let editor = samplan_el_init(program) else { return nil }
        self.editor = editor
        history = samplan_history_init(200)
        samplan_el_set_editor(editor, "emacs")
        // Our own reader and handlers make Ctrl-C return EINTR from el_gets
        // and redraw on resize; libedit's would re-send the signal to the
        // whole process group.
        samplan_el_set_signal(editor, 0)
        StopSignals.install(closingStdin: false)
        guard samplan_el_read_with_signals(editor) == 0 else {
            el_end(editor)
            return nil
        }
        if let history { samplan_el_set_history(editor, history) }
        samplan_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        samplan_el_set_prompt(
            editor,
            { editor in
                guard let editor, let data = samplan_el_get_clientdata(editor) else { return nil }
                return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptBuffer
            })
        samplan_el_add_function(
            editor, "samplan-complete", "Complete commands and options",
            { editor, _ in
                guard let editor, let data = samplan_el_get_clientdata(editor) else { return UInt8(CC_ERROR) }
                return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().complete()
            })
        samplan_el_bind(editor, "^I", "samplan-complete")
    }

    func read(prompt: String) -> LineInput {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        // The window may have changed while we were not reading.
        el_resize(editor)
        samplan_el_prep_term(editor, 1)
        beforeWaiting?()
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editor, &count) else {
            if StopSignals.received != nil {
                print()
                return .stopped
            }
            if count < 0 && errno == EINTR {
                print("^C")
                return .interrupted
            }
            // libedit echoes ^D without a newline.
            print()
            return .end
        }
        // The buffer lives only until the next call: copy it now.
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    func remember(_ line: String) {
        guard let history, !line.isEmpty else { return }
        samplan_history_enter(history, line)
    }

    func close() {
        if let history {
            samplan_history_clear(history)
            history_end(history)
        }
        el_end(editor)
        free(promptBuffer)
        promptBuffer = nil
    }

    /// Tab: one candidate is inserted; several insert their common start
    /// and are listed under the line.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let bytes = UnsafeRawBufferPointer(start: info.buffer, count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let candidates = completer(before)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = candidates.dropFirst().reduce(candidates[0]) { $0.commonPrefix(with: $1) }
        // Candidates may differ in case from what was typed: replace it.
        let replacement = candidates.count == 1 ? common + " " : common
        if replacement.count > before.count || candidates.count == 1 {
            el_deletestr(editor, Int32(before.unicodeScalars.count))
            el_insertstr(editor, replacement)
        }
        if candidates.count == 1 { return UInt8(CC_REFRESH) }
        print()
        print(candidates.joined(separator: "   "))
        return UInt8(CC_REDISPLAY)
    }
}

extension String {
    /// The common start of two strings, by whole characters.
    func commonPrefix(with other: String) -> String {
        String(zip(self, other).prefix { $0 == $1 }.map(\.0))
    }
}
