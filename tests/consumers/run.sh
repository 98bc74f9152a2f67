#!/usr/bin/env bash
# Consumer test of the packed package: packs ProjectDelivery.Core into feed/ under a version unique to this run,
# then builds and runs three user projects against it from that feed (everything else comes from nuget.org):
#   net48-csharp73  .NET Framework 4.8, C# 7.3 (report servers), run on Mono
#   net8-csharp12   .NET 8, C# 12 (its default language version)
#   net10           .NET 10, C# 14
# Each prints what the Output blocks of the README's "In ten lines" and docs/getting-started show; the output must equal
# expected.txt (their concatenation, held to the pages by ConsumerProgramTests). The net48 output folder must hold
# exactly the assemblies docs/reporting.md tells report-server users to deploy. Exits non-zero on any failure.
# Needs the .NET 10 SDK and mono (Debian: apt-get install -y --no-install-recommends mono-devel).
# Usage: run.sh [--no-build]   (--no-build packs the Release build already made, as .ci/run does after its build)
set -euo pipefail
pack_build=()
[ "${1:-}" = "--no-build" ] && pack_build=(--no-build)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The programs print dates with the current culture (as users' programs do): make it the invariant one.
export LC_ALL=C LANG=C
command -v mono >/dev/null || { echo "consumers: mono is needed for the net48 program (mono-devel)" >&2; exit 3; }

version="0.1.0-consumer.$(date -u +%Y%m%d%H%M%S).$$"
rm -rf "$here/feed"
echo "consumers: packing ProjectDelivery.Core $version"
dotnet pack "$root/src/ProjectDelivery.Core" -c Release "${pack_build[@]}" -o "$here/feed" -p:Version="$version" >"$here/feed.log" 2>&1 \
  || { cat "$here/feed.log" >&2; echo "consumers: dotnet pack failed" >&2; exit 1; }
rm -f "$here/feed.log"

failed=0
for project in net48-csharp73 net8-csharp12 net10; do
  dir="$here/$project"
  rm -rf "$dir/bin" "$dir/obj"
  if ! dotnet build "$dir" -c Release -p:ProjectDeliveryVersion="$version" -o "$dir/bin/out" >"$dir/build.log" 2>&1; then
    grep -E 'error|warning' "$dir/build.log" | sort -u >&2 || cat "$dir/build.log" >&2
    echo "consumers: $project does not build against the package" >&2
    failed=1
    continue
  fi
  rm -f "$dir/build.log"
  case "$project" in
    net48-*) run=(mono "$dir/bin/out/$project.exe") ;;
    *) run=(dotnet "$dir/bin/out/$project.dll") ;;
  esac
  if ! output="$("${run[@]}" 2>&1)"; then
    echo "$output" >&2
    echo "consumers: $project failed when run" >&2
    failed=1
    continue
  fi
  if ! diff <(echo "$output") "$here/expected.txt" >&2; then
    echo "consumers: $project printed something else than expected.txt (diff above: < printed, > expected)" >&2
    failed=1
    continue
  fi
  echo "consumers: $project ok"
done

# The report-server deployment list of docs/reporting.md is exactly what the net48 program needs beside its exe.
documented="$(sed -n '/<!-- deploy-list:start -->/,/<!-- deploy-list:end -->/p' "$root/docs/reporting.md" | grep -oE '`[A-Za-z0-9.]+\.dll`' | tr -d '`' | sort -u)"
shipped="$(cd "$here/net48-csharp73/bin/out" 2>/dev/null && ls *.dll | sort -u)"
if [ -z "$documented" ] || [ "$documented" != "$shipped" ]; then
  echo "consumers: docs/reporting.md's deployment list differs from the net48 program's assemblies:" >&2
  diff <(echo "$documented") <(echo "$shipped") >&2 || true
  failed=1
else
  echo "consumers: the $(echo "$documented" | wc -l) assemblies of docs/reporting.md are exactly the net48 program's"
fi

rm -rf "$here/feed"
exit "$failed"
