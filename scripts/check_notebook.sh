#!/usr/bin/env bash
# Checks the committed notebook as a reader gets it:
#  1. notebook verify (from the project folder and from /): every committed file matches
#     provenance.json, rebuilds identically, and no other file is in the build folder;
#  2. the .ipynb is valid nbformat 4 (Python's nbformat package);
#  3. index.html renders in headless Chromium; the screenshot is saved to out/notebook.png
#     (look at it) and must be a real image.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/debug}
name=memorial-political-prisoners
dir=notebooks-out/$name

"$bin/notebook" verify --quiet
# From another folder too: provenance paths are relative, the build folder is found from the spec.
(cd / && "$OLDPWD/$bin/notebook" verify --quiet "$OLDPWD/datasets/$name/notebook.json")

python3 - "$dir/$name.ipynb" <<'PY'
import sys
import nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
nbformat.validate(nb)
kinds = [c.cell_type for c in nb.cells]
assert kinds.count("code") >= 5, kinds
print(f"nbformat: {sys.argv[1]} is valid ({len(nb.cells)} cells)")
PY

browser=$(command -v chromium || command -v chromium-browser)
mkdir -p out
rm -f out/notebook.png
"$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=420,2400 \
  --screenshot="$PWD/out/notebook.png" "file://$PWD/$dir/index.html" >/dev/null 2>&1 || true
size=$(stat -c %s out/notebook.png 2>/dev/null || echo 0)
if [ "$size" -lt 20000 ]; then
  echo "check_notebook: the headless Chromium screenshot is missing or blank ($size bytes)" >&2
  exit 1
fi
echo "chromium: screenshot of index.html at phone width in out/notebook.png ($size bytes)"
echo "notebook checks: 4 passed, 0 failed"
