#define _GNU_SOURCE
#include "CSamplanLibc.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int samplan_rename_noreplace(const char *from, const char *to) {
    if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return -1;
    // No RENAME_NOREPLACE here: link(2) refuses an existing target too.
    if (link(from, to) != 0) return -1;
    return unlink(from);
}
