// The C side of samplan's terminal (CTerminal.h says what each is for).
// Everything that shares the signal flags lives in this one file: the
// handlers, libedit's character reader and the functions Swift calls.
#include "CTerminal.h"
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <signal.h>
#include <errno.h>
#include <unistd.h>
#include <wchar.h>
#include <sys/select.h>

/// libedit drops every non-ASCII byte in the "C" locale: force a UTF-8 one.
/// Returns 1 when the character set is UTF-8 afterwards.
int samplan_use_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *candidates[] = { NULL, "C.UTF-8", "C.utf8", "en_US.UTF-8" };
    for (int i = 0; i < 4; i++) {
        if (candidates[i] != NULL) setlocale(LC_CTYPE, candidates[i]);
        const char *codeset = nl_langinfo(CODESET);
        if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    }
    return 0;
}

// Ctrl-C and window resizes while libedit reads. Both signals stay blocked
// except inside pselect below, which unblocks them atomically: a Ctrl-C that
// arrives while libedit is redrawing is then delivered at the next wait
// instead of being lost (a plain handler would leave read() blocking).
static volatile sig_atomic_t samplan_saw_interrupt = 0;

// SIGTERM and SIGHUP: the session saves and leaves.
static volatile sig_atomic_t samplan_stop_signal = 0;
// Without a terminal, the handler closes stdin so a blocked (or the next)
// read returns at once; with libedit the reader checks the flag instead.
static volatile sig_atomic_t samplan_stop_closes_stdin = 0;

/// Installs `handler` for two signals (no SA_RESTART, so a blocked read
/// returns) and blocks or unblocks them (`how`: SIG_BLOCK, SIG_UNBLOCK).
static int samplan_handle_pair(int first, int second, void (*handler)(int), int how) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(first, &action, NULL) != 0 || sigaction(second, &action, NULL) != 0) return -1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, first);
    sigaddset(&set, second);
    return sigprocmask(how, &set, NULL);
}

/// Dies of the signal with its default action, after saving: the exit
/// status then tells the parent what happened.
void samplan_die_of(int sig) {
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

// A second stop signal while the first is still being acted on (samplan
// is busy and has not reached its next read) ends the process at once with
// the default action: everything acknowledged is already on disk, and a
// coordinator's `kill` must not be ignored however long the work is.
// Two SIGHUPs are the same news: closing a terminal window sends one from
// the shell and one from the kernel, and the session must still save.
static void samplan_note_stop(int sig) {
    if (samplan_stop_signal != 0 && !(sig == SIGHUP && samplan_stop_signal == SIGHUP)) {
        // Unblocked first (in samplan_die_of): returning from a handler that
        // interrupted pselect restores a mask that may block it again.
        samplan_die_of(sig);
        return;
    }
    if (samplan_stop_signal != 0) return;
    samplan_stop_signal = sig;
    if (samplan_stop_closes_stdin) close(STDIN_FILENO);
}

/// Catches SIGTERM and SIGHUP (no SA_RESTART). `closeStdin`: 1 without a
/// terminal.
int samplan_catch_stop_signals(int closeStdin) {
    samplan_stop_closes_stdin = closeStdin;
    return samplan_handle_pair(SIGTERM, SIGHUP, samplan_note_stop, SIG_UNBLOCK);
}

/// The stop signal received, or 0.
int samplan_stop_requested(void) { return samplan_stop_signal; }

static volatile sig_atomic_t samplan_saw_resize = 0;

static void samplan_note_signal(int sig) {
    if (sig == SIGINT) samplan_saw_interrupt = 1;
    else samplan_saw_resize = 1;
}

/// libedit's character reader (EL_GETCFN): waits for input or a signal,
/// decodes UTF-8 one byte at a time. Returns 1 with a character, 0 at end
/// of input, -1 with errno EINTR after Ctrl-C, so el_gets returns at once.
static int samplan_read_char_waiting(EditLine *el, wchar_t *out);

// SIGTERM and SIGHUP are blocked only here, from the flag check to the
// wait, which unblocks them atomically: none slips in between. Outside the
// reader they stay deliverable, so a stop signal during long work is noted
// at once, and a second one ends samplan (samplan_note_stop).
static int samplan_read_char(EditLine *el, wchar_t *out) {
    sigset_t stops, previous;
    sigemptyset(&stops);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGHUP);
    sigprocmask(SIG_BLOCK, &stops, &previous);
    int result = samplan_read_char_waiting(el, out);
    int saved = errno;
    sigprocmask(SIG_SETMASK, &previous, NULL);
    errno = saved;
    return result;
}

static int samplan_read_char_waiting(EditLine *el, wchar_t *out) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    sigset_t waiting;
    sigprocmask(SIG_SETMASK, NULL, &waiting);
    sigdelset(&waiting, SIGINT);
    sigdelset(&waiting, SIGWINCH);
    sigdelset(&waiting, SIGTERM);
    sigdelset(&waiting, SIGHUP);
    for (;;) {
        if (samplan_stop_signal) {
            errno = EINTR;
            return -1;
        }
        if (samplan_saw_interrupt) {
            samplan_saw_interrupt = 0;
            errno = EINTR;
            return -1;
        }
        if (samplan_saw_resize) {
            samplan_saw_resize = 0;
            el_resize(el);
            el_set(el, EL_REFRESH);
        }
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(STDIN_FILENO, &readable);
        if (pselect(STDIN_FILENO + 1, &readable, NULL, NULL, NULL, &waiting) < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        unsigned char byte;
        ssize_t got = read(STDIN_FILENO, &byte, 1);
        if (got == 0) return 0;
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        size_t used = mbrtowc(out, (const char *)&byte, 1, &state);
        if (used == (size_t)-2) continue;
        if (used == (size_t)-1) {
            // Invalid UTF-8 shows as U+FFFD rather than vanishing.
            *out = 0xFFFD;
            memset(&state, 0, sizeof state);
        }
        return 1;
    }
}

/// Installs the reader and the two handlers (no SA_RESTART), and blocks
/// the signals outside the reader's wait. One function, so the flags the
/// handler sets and the reader reads are the same copy.
int samplan_el_read_with_signals(EditLine *el) {
    if (samplan_handle_pair(SIGINT, SIGWINCH, samplan_note_signal, SIG_BLOCK) != 0) return -1;
    return el_set(el, EL_GETCFN, samplan_read_char);
}

EditLine *samplan_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

int samplan_el_set_prompt(EditLine *el, samplan_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
int samplan_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
int samplan_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
/* Raw mode before the prompt is drawn: libedit otherwise switches lazily at
   the first read, and a Ctrl-D typed in between is eaten by the kernel's
   cooked-mode line discipline. */
int samplan_el_prep_term(EditLine *el, int on) {
    return el_set(el, EL_PREP_TERM, on);
}
int samplan_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
void *samplan_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
int samplan_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
int samplan_el_add_function(EditLine *el, const char *name, const char *help, samplan_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int samplan_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

/// In-memory history only: it is never saved (answers are confidential).
History *samplan_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
void samplan_history_enter(History *h, const char *line) {
    HistEvent ev;
    history(h, &ev, H_ENTER, line);
}
void samplan_history_clear(History *h) {
    HistEvent ev;
    history(h, &ev, H_CLEAR);
}

/// Piped sessions hold their output until the transcript is durable
/// (`Durability.beforeWaiting`): a large, fully buffered stdout, and a way
/// to drop what it holds when the sync failed.
/// glibc ignores the size when given no buffer, so this one is allocated
/// here; it lives until exit, when stdio flushes it.
int samplan_hold_stdout(size_t size) {
    char *buffer = malloc(size);
    if (buffer == NULL) return -1;
    return setvbuf(stdout, buffer, _IOFBF, size);
}

void samplan_drop_held_stdout(void) {
    __fpurge(stdout);
}
