// libedit, found by pkg-config and linked here; CTerminal wraps it for Swift.
#include <histedit.h>
