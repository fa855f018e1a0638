#!/usr/bin/env bash
# What CI checks of the Debian package (issue 22): its contents, lintian,
# the binary unpacked from it, and its manual page.
#
# usage: Packaging/check-deb.sh PACKAGE.deb
set -euo pipefail
deb=$1
fail() { echo "check-deb: $*" >&2; exit 1; }

contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/samplan ./usr/share/man/man1/samplan.1.gz \
            ./usr/share/bash-completion/completions/samplan ./usr/share/zsh/vendor-completions/_samplan \
            ./usr/share/fish/vendor_completions.d/samplan.fish ./usr/share/doc/samplan/copyright \
            ./usr/share/doc/samplan/rules-format.md ./usr/share/doc/samplan/transcript-format.md; do
    grep -q " $file\$" <<<"$contents" || fail "$file is not in the package"
done
[ -z "$(dpkg-deb --field "$deb" Depends)" ] || fail "the package has dependencies"
echo "check-deb: contents as expected"

# Errors fail; warnings and notes are shown.
status=0
findings=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1) || status=$?
grep -v '^running with root privileges' <<<"$findings" || true
[ "$status" = 0 ] || fail "lintian reports errors"
echo "check-deb: lintian reports no errors"

unpacked=$(mktemp -d)
empty=$(mktemp -d)
trap 'rm -rf "$unpacked" "$empty"' EXIT
dpkg-deb -x "$deb" "$unpacked"
(cd "$empty" && env -i "$unpacked/usr/bin/samplan" check --lang en) | grep -q '^dps-nav ' \
    || fail "the unpacked binary does not check its built-in rules from an empty folder"
[ -z "$(ls -A "$empty")" ] || fail "check left files behind"
echo "check-deb: the unpacked binary checks its rules from an empty folder"

page=$(MANWIDTH=80 LC_ALL=C.UTF-8 man -l "$unpacked/usr/share/man/man1/samplan.1.gz" 2>/dev/null) || fail "man cannot render the page"
for word in new resume replay plan summary due oppfølging check "RULES FORMAT" TRANSCRIPTS "EXIT STATUS" "bokmål" "«om"; do
    grep -q -- "$word" <<<"$page" || fail "the manual page does not show «$word»"
done
! grep -q -- "oppflging" <<<"$page" || fail "the manual page spells the subcommand «oppflging»"
echo "check-deb: the manual page renders and lists every subcommand"
