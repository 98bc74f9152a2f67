#!/usr/bin/env bash
# Renders every SVG in docs/pictures/ (or the files given) to PNG with headless Chromium, so a person can
# check the pictures without a browser at hand. Installs Debian's chromium when it is missing (needs root).
#
#   docs/pictures/render.sh                 # regenerate the sample SVGs with the CLI, then screenshot them all
#   docs/pictures/render.sh --no-generate   # screenshot the SVGs already there
#   docs/pictures/render.sh a.svg b.svg     # screenshot just these (PNG written beside each)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

generate=1
files=()
for arg in "$@"; do
  case "$arg" in
    --no-generate) generate=0 ;;
    *) files+=("$arg"); generate=0 ;;
  esac
done

if [ "$generate" = 1 ]; then
  dotnet build "$root/src/ProjectDelivery.Cli" -c Release -v quiet -nologo >/dev/null
  pdcore() { dotnet run --no-build -c Release --project "$root/src/ProjectDelivery.Cli" -- "$@" >/dev/null; }
  samples="$root/src/ProjectDelivery.Cli/samples"
  pdcore schedule "$samples/schedule.json" --svg "$here/gantt.svg"
  pdcore schedule "$samples/schedule-calendar.json" --svg "$here/gantt-calendar.svg"
  pdcore evm "$samples/evm.json" --svg "$here/s-curve.svg"
  pdcore risk "$samples/risk.json" --iterations 20000 --seed 7 --svg "$here/histogram.svg"
  # Solomon C101 (100 customers, one depot), 5 s of search: the known optimum has 10 routes, 828.94.
  pdcore route "$root/tests/ProjectDelivery.Core.Tests/TestData/Routing/C101.txt" --time-limit 5 --seed 1 --no-progress --svg "$here/route-map.svg"
fi

if [ ${#files[@]} -eq 0 ]; then
  files=("$here"/*.svg)
fi

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  browser="$(command -v chromium)"
fi

for svg in "${files[@]}"; do
  svg="$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")"
  png="${svg%.svg}.png"
  # Window size = the SVG's own width and height attributes.
  w="$(grep -o -m1 'width="[0-9]*"' "$svg" | head -1 | tr -dc 0-9)"
  h="$(grep -o -m1 'height="[0-9]*"' "$svg" | head -1 | tr -dc 0-9)"
  profile="$(mktemp -d)"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$png" --window-size="${w:-960},${h:-540}" "file://$svg" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$png ($(stat -c %s "$png") bytes)"
done
