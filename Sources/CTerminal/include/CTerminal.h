// Fixed-argument wrappers around libedit's variadic el_set/el_get/history,
// which Swift cannot call, the signal handling that libedit's reader and
// the session share, and the few libc calls Swift 6 cannot reach (the
// stdin/stdout/stderr globals, sigaction's handler union, nl_langinfo,
// __fpurge). A C target of its own, so the handlers and the flags they set
// are one copy, and a change here rebuilds what uses it.
#ifndef SAMPLAN_CTERMINAL_H
#define SAMPLAN_CTERMINAL_H

#include <histedit.h>
#include <stddef.h>

typedef char *(*samplan_prompt_fn)(EditLine *);
typedef unsigned char (*samplan_command_fn)(EditLine *, int);

/// libedit drops every non-ASCII byte in the "C" locale: force a UTF-8 one.
/// Returns 1 when the character set is UTF-8 afterwards.
int samplan_use_utf8_locale(void);

/// Catches SIGTERM and SIGHUP (no SA_RESTART). `closeStdin`: 1 without a
/// terminal.
int samplan_catch_stop_signals(int closeStdin);

/// The stop signal received, or 0.
int samplan_stop_requested(void);

/// Dies of the signal with its default action, after saving: the exit
/// status then tells the parent what happened.
void samplan_die_of(int sig);

/// Installs the reader and the two handlers (no SA_RESTART), and blocks
/// the signals outside the reader's wait. One function, so the flags the
/// handler sets and the reader reads are the same copy.
int samplan_el_read_with_signals(EditLine *el);

EditLine *samplan_el_init(const char *program);

int samplan_el_set_prompt(EditLine *el, samplan_prompt_fn fn);

int samplan_el_set_editor(EditLine *el, const char *mode);

int samplan_el_set_signal(EditLine *el, int on);

int samplan_el_prep_term(EditLine *el, int on);

int samplan_el_set_clientdata(EditLine *el, void *data);

void *samplan_el_get_clientdata(EditLine *el);

int samplan_el_set_history(EditLine *el, History *h);

int samplan_el_add_function(EditLine *el, const char *name, const char *help, samplan_command_fn fn);

int samplan_el_bind(EditLine *el, const char *key, const char *command);

/// In-memory history only: it is never saved (answers are confidential).
History *samplan_history_init(int size);

void samplan_history_enter(History *h, const char *line);

void samplan_history_clear(History *h);

/// Piped sessions hold their output until the transcript is durable
/// (`Durability.beforeWaiting`): a large, fully buffered stdout, and a way
/// to drop what it holds when the sync failed.
/// glibc ignores the size when given no buffer, so this one is allocated
/// here; it lives until exit, when stdio flushes it.
int samplan_hold_stdout(size_t size);

void samplan_drop_held_stdout(void);

#endif
