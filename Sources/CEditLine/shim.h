// Fixed-argument wrappers around libedit's variadic el_set/el_get/history,
// which Swift cannot call, and the few libc calls Swift 6 cannot reach
// (the stdin/stdout/stderr globals, sigaction's handler union, nl_langinfo).
#ifndef SAMPLAN_CEDITLINE_SHIM_H
#define SAMPLAN_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <signal.h>

/// libedit drops every non-ASCII byte in the "C" locale: force a UTF-8 one.
/// Returns 1 when the character set is UTF-8 afterwards.
static inline int samplan_use_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *candidates[] = { NULL, "C.UTF-8", "C.utf8", "en_US.UTF-8" };
    for (int i = 0; i < 4; i++) {
        if (candidates[i] != NULL) setlocale(LC_CTYPE, candidates[i]);
        const char *codeset = nl_langinfo(CODESET);
        if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    }
    return 0;
}

static inline void samplan_ignore_signal(int sig) { (void)sig; }

/// A handler without SA_RESTART, so el_gets returns with EINTR on Ctrl-C
/// instead of libedit killing the process or re-sending the signal.
static inline int samplan_interrupt_reads_on(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = samplan_ignore_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(sig, &action, NULL) != 0) return -1;
    // A parent may have left the signal blocked (masks survive exec).
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static inline EditLine *samplan_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

typedef char *(*samplan_prompt_fn)(EditLine *);
typedef unsigned char (*samplan_command_fn)(EditLine *, int);

static inline int samplan_el_set_prompt(EditLine *el, samplan_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int samplan_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int samplan_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int samplan_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *samplan_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int samplan_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int samplan_el_add_function(EditLine *el, const char *name, const char *help, samplan_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int samplan_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

/// In-memory history only: it is never saved (answers are confidential).
static inline History *samplan_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
static inline void samplan_history_enter(History *h, const char *line) {
    HistEvent ev;
    history(h, &ev, H_ENTER, line);
}
static inline void samplan_history_clear(History *h) {
    HistEvent ev;
    history(h, &ev, H_CLEAR);
}

#endif
