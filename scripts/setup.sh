#!/usr/bin/env bash
# Installs what Tally needs to build and run on Debian or Ubuntu, and only what is missing:
# the C libraries (Cairo, Pango, GSL, cmark-gfm; zlib for the golden-image tests) with pkg-config, fonts with Cyrillic coverage, and the
# tools the tests use (python3 for fixture checks, poppler-utils for PDF checks).
# Safe to run again: it does nothing when everything is there.
set -euo pipefail

debian_packages=(pkg-config libcairo2-dev libpango1.0-dev libgsl-dev libdeflate-dev libssl-dev libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev fonts-dejavu-core fonts-noto-core poppler-utils python3)

missing=()
for p in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6 is not on PATH. Install a Swift 6 toolchain (swift.org) and run again." >&2
  exit 69
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: this system has no apt-get. Install these packages (or your system's equivalents) by hand:" >&2
  echo "  cairo and pango development files, GSL development files, cmark-gfm (with extensions) development files, pkg-config, fonts with Cyrillic (DejaVu, Noto), poppler-utils, python3" >&2
  echo "  Debian names: ${missing[*]}" >&2
  exit 69
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: need root to install: ${missing[*]}; run as root or install sudo" >&2
    exit 77
  fi
fi

echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
