#!/usr/bin/env bash
# Lays out samplan's files under ROOT as they install under PREFIX:
#   PREFIX/bin/samplan                              the static binary, stripped
#   PREFIX/share/man/man1/samplan.1.gz              generated from the command
#                                                   definitions + samplan.1.extra
#   PREFIX/share/bash-completion/completions/samplan
#   PREFIX/share/zsh/vendor-completions/_samplan    (site-functions outside /usr)
#   PREFIX/share/fish/vendor_completions.d/samplan.fish
#   PREFIX/share/doc/samplan/                       README, rules and transcript formats
# Used by `make install`, `make deb` and `make dist`, so all three ship the
# same files.
#
# usage: Packaging/stage.sh BINARY GENERATE_MANUAL ROOT PREFIX
set -euo pipefail
# Modes in the package must not depend on who builds it.
umask 022
binary=$1 generate_manual=$2 root=$3 prefix=$4
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
base=$root$prefix

install -d -m 0755 "$base/bin" "$base/share/man/man1" "$base/share/bash-completion/completions" \
    "$base/share/fish/vendor_completions.d" "$base/share/doc/samplan"
install -m 0755 -s "$binary" "$base/bin/samplan"

# The manual: ArgumentParser's generator reads the command definitions
# (`samplan --experimental-dump-help`); the sessions, formats, files and
# exit statuses are written by hand (samplan.1.extra) and replace its
# generic EXIT STATUS. The generator drops letters outside ASCII, so the
# help texts and the subcommand name that have them get groff escapes back.
date=${SOURCE_DATE_EPOCH:+$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)}
date=${date:-$(git -C "$top" log -1 --format=%cs 2>/dev/null || date -u +%Y-%m-%d)}
manual=$(mktemp -d)
trap 'rm -rf "$manual"' EXIT
"$generate_manual" "$binary" --date "$date" --authors "samplan developers" -o "$manual" >/dev/null
awk -v extra="$here/samplan.1.extra" '
    /^\.Sh "EXIT STATUS"/ { while ((getline line < extra) > 0) print line; skip = 1; next }
    skip && /^\.Sh / { skip = 0 }
    !skip { print }
' "$manual/samplan.1" \
    | sed -e 's/Norwegian bokml/Norwegian bokm\\[oa]l/g' -e 's/ or om 2 uker)/ or \\[Fo]om 2 uker\\[Fc])/g' \
          -e 's/oppflging/oppf\\[\/o]lging/g' \
    | gzip -9n > "$base/share/man/man1/samplan.1.gz"
chmod 0644 "$base/share/man/man1/samplan.1.gz"

# Completions, from the same definitions.
if [ "$prefix" = /usr ]; then zsh_dir=share/zsh/vendor-completions; else zsh_dir=share/zsh/site-functions; fi
install -d -m 0755 "$base/$zsh_dir"
# bash-completion sources the file: no #! line.
"$binary" --generate-completion-script bash | sed '1{/^#!/d}' > "$base/share/bash-completion/completions/samplan"
"$binary" --generate-completion-script zsh > "$base/$zsh_dir/_samplan"
"$binary" --generate-completion-script fish > "$base/share/fish/vendor_completions.d/samplan.fish"
chmod 0644 "$base/share/bash-completion/completions/samplan" "$base/$zsh_dir/_samplan" \
    "$base/share/fish/vendor_completions.d/samplan.fish"

install -m 0644 "$top/README.md" "$base/share/doc/samplan/README.md"
install -m 0644 "$top/Rules/README.md" "$base/share/doc/samplan/rules-format.md"
install -m 0644 "$top/Transcripts/README.md" "$base/share/doc/samplan/transcript-format.md"
