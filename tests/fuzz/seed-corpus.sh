#!/usr/bin/env bash
# Adds the tests/data fixtures to the seed corpora where they bring new coverage (libFuzzer's -merge=1).
# Existing seeds, among them the inputs of past findings (finding-*), are kept.
# (The csv target's seeds are written by hand: its input is an encoded table, not a page.)
# Usage: tests/fuzz/seed-corpus.sh BUILD_DIR   (a build configured with -DMARKETDESK_FUZZ=ON, clang)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data"
build=${1:?usage: seed-corpus.sh FUZZ_BUILD_DIR}
raw=$(mktemp -d)
trap 'rm -rf "$raw"' EXIT
mkdir -p "$raw"/{load,text,marketline,dates,html,mhtml,library}

for f in "$data"/*; do
    [ -f "$f" ] || continue
    cp "$f" "$raw/load/"
    cp "$f" "$raw/library/"
    case "$f" in
        *.txt) cp "$f" "$raw/text/" ;;
        *.html|*.htm) cp "$f" "$raw/html/" ;;
        *.mhtml|*.mht) cp "$f" "$raw/mhtml/" ;;
    esac
done
# One seed per distinct ticker row and per comment/date line of the text fixtures.
i=0
grep -h -E '\(-?[0-9.]+%\)' "$data"/*.txt 2>/dev/null | sort -u | while IFS= read -r line; do
    i=$((i + 1)); printf '%s' "$line" > "$raw/marketline/row-$i"
done
grep -h -E '(am|pm)$|Recommended' "$data"/*.txt 2>/dev/null | sort -u | while IFS= read -r line; do
    i=$((i + 1)); printf '%s' "$line" > "$raw/dates/line-$i"
done
for d in "Dec 06, 2024 05:53pm" "January 29, 2025" "29 Jan, 2025 10:34pm" "2024-12-10T16:45:00+05:00" \
         "31DEC2021" "Fri, 6 Dec 2024 17:53:09 +0500"; do
    i=$((i + 1)); printf '%s' "$d" > "$raw/dates/date-$i"
done

for target in load text marketline dates html mhtml library; do
    out="$here/corpus/$target"
    mkdir -p "$out"
    "$build/tests/fuzz/fuzz_$target" -merge=1 "$out" "$raw/$target" > /dev/null 2>&1 || true
    echo "$target: $(ls "$out" | wc -l) seeds"
done
