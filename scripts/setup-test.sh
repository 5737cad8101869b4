#!/usr/bin/env bash
# What the test suite needs beyond scripts/setup.sh: headless Chromium (to screenshot the
# notebook's HTML and a bundle's contact sheet), rsvg-convert (librsvg2-bin: the SVG renderer the
# editable-SVG tests draw with) and Python's nbformat (to validate the .ipynb). Installs only what
# is missing.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup-test: installing chromium" >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null \
      || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
  else
    echo "setup-test: install Chromium (headless) to run the notebook screenshot check" >&2
    exit 69
  fi
fi
if ! command -v rsvg-convert >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup-test: installing librsvg2-bin (rsvg-convert)" >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null \
      || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null; }
  else
    echo "setup-test: install rsvg-convert (librsvg) to run the editable-SVG tests" >&2
    exit 69
  fi
fi
if ! python3 -c "import nbformat" 2>/dev/null; then
  echo "setup-test: installing nbformat (pip)" >&2
  python3 -m pip install -q nbformat >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages nbformat >/dev/null
fi
