#!/usr/bin/env bash
# Builds OUT/samplan_VERSION_ARCH.deb from the static release binary (ARCH
# as dpkg names this machine's, amd64 here).
# The binary needs no shared library, so the package depends on nothing.
#
# usage: Packaging/deb.sh VERSION BINARY GENERATE_MANUAL OUT
set -euo pipefail
# Modes in the package must not depend on who builds it.
umask 022
version=$1 binary=$2 generate_manual=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root"

"$here/stage.sh" "$binary" "$generate_manual" "$root" /usr
doc=$root/usr/share/doc/samplan
install -m 0644 "$here/copyright" "$doc/copyright"
date=$(date -u -R -d "@${SOURCE_DATE_EPOCH:-$(git -C "$here/.." log -1 --format=%ct 2>/dev/null || date +%s)}")
# A native package: its changelog is changelog.gz.
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" "$here/changelog.in" | gzip -9n > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
install -d -m 0755 "$root/usr/share/lintian/overrides"
install -m 0644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/samplan"

install -d -m 0755 "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
arch=$(dpkg --print-architecture)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" -e "s/@ARCH@/$arch/" "$here/control.in" > "$root/DEBIAN/control"
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/samplan_${version}_${arch}.deb" >/dev/null
echo "$out/samplan_${version}_${arch}.deb"
