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
    if (link(from, to) == 0) return unlink(from);
    if (errno == EEXIST) return -1;
    // Nor hard links (some FUSE mounts): look, then rename. A name taken in
    // between could be replaced, but that file system offers nothing better.
    if (access(to, F_OK) == 0) {
        errno = EEXIST;
        return -1;
    }
    return rename(from, to);
}
