#!/bin/sh
# Renders an HTML report (genz check --html FILE) in headless Chromium and saves a PNG screenshot, to check by
# eye that it opens offline and lays out. Needs Debian's chromium package (`apt-get install -y chromium`).
#   sh scripts/screenshot-html.sh out/report.html docs/images/html-report.png [width] [height]
set -eu
in=${1:?usage: screenshot-html.sh REPORT.html OUT.png [width] [height]}
out=${2:?usage: screenshot-html.sh REPORT.html OUT.png [width] [height]}
width=${3:-1280}
height=${4:-1600}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "screenshot-html.sh: no chromium found (apt-get install -y chromium)" >&2; exit 2; }
mkdir -p "$(dirname "$out")"
abs=$(cd "$(dirname "$in")" && pwd)/$(basename "$in")
# --no-sandbox: CI containers run as root. No network is needed: the report is self-contained.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
  --screenshot="$out" "file://$abs" 2>/dev/null
[ -s "$out" ] && echo "wrote $out"
