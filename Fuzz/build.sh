#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Targets/<name>/) with -sanitize=fuzzer,address.
#
# The fuzz targets need modules that have no library product (TallyCases, TallyCharts,
# TallyNotebook) and internal types (`@testable import`), so instead of a package that depends
# on the root one, this writes a package into .build-fuzz/pkg whose manifest is the root
# Package.swift with Fuzz/Package.fuzz.swift appended. Its Sources/ is either a link to the work
# tree (FUZZ_SOURCES=worktree, the default) or the Sources/ of a commit (FUZZ_SOURCES=HEAD or any
# revision: useful while others edit the tree); Fuzz/ is always a link to the work tree's.
#
# Usage: [FUZZ_SOURCES=worktree|REV] [FUZZ_OPTIMIZE=-O|-Onone] Fuzz/build.sh [name ...]   (default: every Fuzz/Targets/<name>)
# The executables are .build-fuzz/build/debug/fuzz-<name>.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pkg="$root/.build-fuzz/pkg"
sources="${FUZZ_SOURCES:-worktree}"
mkdir -p "$pkg"

# Replaces $2 by $1 only when the bytes differ, so unchanged files keep their times and
# SwiftPM rebuilds only what changed.
update() { if ! cmp -s "$1" "$2"; then mkdir -p "$(dirname "$2")"; cp "$1" "$2"; fi; }

if [ "$sources" = worktree ]; then
    manifest="$root/Package.swift"
    [ -L "$pkg/Sources" ] || rm -rf "$pkg/Sources"
    ln -sfn ../../Sources "$pkg/Sources"
else
    snapshot="$root/.build-fuzz/snapshot"
    rm -rf "$snapshot" && mkdir -p "$snapshot"
    git -C "$root" archive "$sources" Sources Package.swift | tar -x -C "$snapshot"
    manifest="$snapshot/Package.swift"
    [ -L "$pkg/Sources" ] && rm "$pkg/Sources"
    (cd "$snapshot" && find Sources -type f) | while read -r f; do update "$snapshot/$f" "$pkg/$f"; done
    (cd "$pkg" && find Sources -type f) | while read -r f; do [ -e "$snapshot/$f" ] || rm "$pkg/$f"; done
    echo "fuzz targets build from the Sources/ of $(git -C "$root" rev-parse --short "$sources")"
fi
cat "$manifest" "$root/Fuzz/Package.fuzz.swift" > "$pkg/Package.swift.new"
update "$pkg/Package.swift.new" "$pkg/Package.swift" && rm "$pkg/Package.swift.new"
ln -sfn ../../Fuzz "$pkg/Fuzz"
if [ -f "$root/Package.resolved" ]; then update "$root/Package.resolved" "$pkg/Package.resolved"; fi

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for dir in "$root"/Fuzz/Targets/*/; do names+=("$(basename "$dir")"); done
fi
for name in "${names[@]}"; do
    [ -d "$root/Fuzz/Targets/$name" ] || { echo "error: no fuzz target '$name' (Fuzz/Targets holds: $(ls "$root/Fuzz/Targets" | tr '\n' ' '))" >&2; exit 64; }
    # --sanitize tells SwiftPM that libFuzzer provides `main`; but swiftc keeps only the last
    # -sanitize= it is given (SwiftPM passes -sanitize=fuzzer -sanitize=address: address only, no
    # coverage), so the combined flag is passed last as well. FUZZ_OPTIMIZE (default -O; -Onone
    # for exact line numbers) follows the debug build's -Onone: optimised code runs several
    # times more inputs a second, and keeps every precondition and overflow check.
    "${SWIFT:-swift}" build -c debug --package-path "$pkg" --scratch-path "$root/.build-fuzz/build" \
        --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc "${FUZZ_OPTIMIZE:--O}" --product "fuzz-$name" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol"
done
