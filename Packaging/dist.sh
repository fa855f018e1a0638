#!/usr/bin/env bash
# Builds OUT/samplan-VERSION-linux-MACHINE.tar.gz (MACHINE as `uname -m`
# names it, x86_64 here; the files of the Debian
# package under usr/local/, for other Linux systems: the binary is static)
# and its SHA-256 sum beside it.
#
# usage: Packaging/dist.sh VERSION BINARY GENERATE_MANUAL OUT
set -euo pipefail
# Modes in the package must not depend on who builds it.
umask 022
version=$1 binary=$2 generate_manual=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
name=samplan-$version-linux-$(uname -m)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
"$here/stage.sh" "$binary" "$generate_manual" "$root/$name" ""
install -m 0644 "$here/../LICENSE" "$root/$name/share/doc/samplan/LICENSE"
mkdir -p "$out"
mtime=@${SOURCE_DATE_EPOCH:-$(git -C "$here/.." log -1 --format=%ct 2>/dev/null || date +%s)}
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" -C "$root" -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
