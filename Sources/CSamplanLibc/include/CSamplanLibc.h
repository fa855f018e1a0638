// libc calls that Swift's Glibc module does not declare (they sit behind
// _GNU_SOURCE), each wrapped with fixed arguments.
#ifndef SAMPLAN_CSYSTEM_H
#define SAMPLAN_CSYSTEM_H

/// Renames `from` to `to` unless something is already at `to` (then -1
/// and errno EEXIST): renameat2 with RENAME_NOREPLACE, or, on a file
/// system without it, link and unlink, which refuse to replace as well
/// (and, where there are no hard links either, a look and a rename).
/// Two sessions naming their files at the same moment can then never
/// replace each other's.
int samplan_rename_noreplace(const char *from, const char *to);

#endif
