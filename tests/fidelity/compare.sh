#!/usr/bin/env bash
# Scores MarketDesk and Mozilla Readability.js side by side on the fidelity corpus and prints the Markdown
# tables that FIDELITY.md holds. Readability is a measuring tool only (npm, in tests/fidelity/readability).
#   tests/fidelity/compare.sh [BUILD_DIR] [--verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build}"
shift || true
command -v node >/dev/null || { echo "compare.sh: needs Node.js 18+ (apt-get install nodejs npm)" >&2; exit 2; }
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
(cd "$here/readability" && { [ -d node_modules ] || npm ci --silent; } && node run.mjs "$here/corpus" >"$results")
"$build/tests/fidelity/fidelity_score" --peer "Readability.js=$results" "$@" "$here/corpus"
