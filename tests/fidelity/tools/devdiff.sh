#!/usr/bin/env bash
# Which pages' misses changed between two builds: trafilatura's dev half and Readability's pages page by page,
# the held half as counts only (halves.py).
#   tests/fidelity/tools/devdiff.sh SETS_DIR OLD_BUILD NEW_BUILD
set -euo pipefail
[ $# -eq 3 ] || { sed -n '2,4p' "$0" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"; sets=$1; half="$here/../realpages/metadata-dev-half.txt"; t=$(mktemp -d)
for w in old new; do
    b=$2; [ $w = new ] && b=$3
    "$b/tests/fidelity/fidelity_score" --pages "$half" --verbose "$sets/trafilatura" | grep '^- ' | sort > "$t/dev.$w" || true
    "$b/tests/fidelity/fidelity_score" --verbose "$sets/readability" | grep '^- ' | sort > "$t/rdb.$w" || true
done
echo "--- trafilatura, dev half"; diff "$t/dev.old" "$t/dev.new" || true
echo "--- readability"; diff "$t/rdb.old" "$t/rdb.new" || true
rm -rf "$t"
echo "--- counts (old, then new)"; python3 "$here/halves.py" "$sets" "$2"; python3 "$here/halves.py" "$sets" "$3"
