#!/usr/bin/env bash
# Runs every libFuzzer target for a fixed time from its committed corpus (a scratch copy: the committed
# corpus is not changed). Fails on the first finding, leaving the crashing input in the scratch folder.
# Usage: tests/fuzz/run-fuzzers.sh FUZZ_BUILD_DIR SECONDS_PER_TARGET
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run-fuzzers.sh FUZZ_BUILD_DIR SECONDS}" && pwd)
seconds=${2:?usage: run-fuzzers.sh FUZZ_BUILD_DIR SECONDS}
scratch=$(mktemp -d)

dictionary() {
    case "$1" in
        dates) echo dates ;;
        html) echo html ;;
        mhtml) echo mhtml ;;
        csv) echo "" ;;
        *) echo text ;;
    esac
}

status=0
for binary in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$binary" ] && [ -x "$binary" ] || continue
    target=${binary##*/fuzz_}
    [ "$target" = regression ] && continue
    [ -d "$here/corpus/$target" ] || continue
    mkdir -p "$scratch/$target"
    dict=$(dictionary "$target")
    dictarg=()
    [ -n "$dict" ] && dictarg=(-dict="$here/dict/$dict.dict")
    if (cd "$scratch/$target" && "$binary" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
            -rss_limit_mb=2048 "${dictarg[@]}" -print_final_stats=1 . "$here/corpus/$target" > log 2>&1); then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$scratch/$target/log" | grep -o '[0-9]*$' || echo '?')
        echo "fuzz $target: $runs runs in ${seconds}s, no finding"
    else
        echo "fuzz $target: FINDING (input and log in $scratch/$target)"
        tail -n 40 "$scratch/$target/log"
        status=1
    fi
done
[ $status -eq 0 ] && rm -rf "$scratch"
exit $status
