#!/usr/bin/env bash
# Scores MarketDesk and Readability.js side by side on the two public real-page sets (issue 19) and prints
# the Markdown tables FIDELITY.md holds. The pages are third-party pages: they are brought onto the machine
# from their public repositories (trafilatura's tests/, Mozilla Readability's test/test-pages/) and prepared
# into OUT, outside the repository; nothing of them is committed.
#   tests/fidelity/realpages.sh TRAFILATURA_TESTS_DIR READABILITY_TEST_PAGES_DIR [BUILD_DIR] [OUT_DIR] [--verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 2 ] || { sed -n '2,7p' "$0" >&2; exit 2; }
traf="$1"; read="$2"; build="${3:-build}"; out="${4:-${TMPDIR:-/tmp}/marketdesk-realpages}"
shift $(( $# < 4 ? $# : 4 ))
command -v node >/dev/null || { echo "realpages.sh: needs Node.js 18+ (apt-get install nodejs npm)" >&2; exit 2; }
(cd "$here/readability" && { [ -d node_modules ] || npm ci --silent; })
mkdir -p "$out"
node "$here/readability/prepare-realpages.mjs" trafilatura "$traf" "$out" > "$out/trafilatura.list"
node "$here/readability/prepare-realpages.mjs" readability "$read" "$out" > "$out/readability.list"
for set in trafilatura readability; do
    (cd "$here/readability" && node run.mjs "$out/$set" > "$out/readability-js.$set.json")
    echo "### $set ($(wc -l < "$out/$set.list") pages)"
    echo
    "$build/tests/fidelity/fidelity_score" --peer "Readability.js=$out/readability-js.$set.json" "$@" "$out/$set" | sed -n '3,$p' | sed '/^## By format/,$d'
done
# Trafilatura's set in the two halves of stop 28's metadata work: the pages that could be opened while writing
# rules, and those never opened (FIDELITY.md).
half="$here/realpages/metadata-dev-half.txt"
echo "### trafilatura, by half (dev: $(grep -vc '^#' "$half") pages that could be opened; held: the rest, never opened)"
echo
"$build/tests/fidelity/fidelity_score" --pages "$half" "$out/trafilatura" | sed -n '3,4p'
"$build/tests/fidelity/fidelity_score" --pages "$half" "$out/trafilatura" | sed -n '5p' | sed 's/^| MarketDesk/| MarketDesk, dev half/'
"$build/tests/fidelity/fidelity_score" --except "$half" "$out/trafilatura" | sed -n '5p' | sed 's/^| MarketDesk/| MarketDesk, held half/'
