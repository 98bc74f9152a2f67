#!/usr/bin/env bash
# Smoke test of the netstandard2.0 asset on a .NET Framework 4.x runtime (Mono, 4.8 reference assemblies):
# builds the asset with its dependencies, compiles NetFrameworkSmoke.cs against it and runs it.
# Needs mono-devel (Debian: apt-get install -y --no-install-recommends mono-devel). See docs/reporting.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
command -v mono >/dev/null && command -v mcs >/dev/null || { echo "netfx smoke: mono and mcs are needed (mono-devel)" >&2; exit 3; }
dotnet build "$root/src/ProjectDelivery.Core" -c Release -f netstandard2.0 -p:CopyLocalLockFileAssemblies=true -o "$out" >/dev/null
mcs -nologo -sdk:4.8 -r:"$out/ProjectDelivery.Core.dll" -r:"$out/NodaTime.dll" -r:/usr/lib/mono/4.8-api/Facades/netstandard.dll \
    -out:"$out/NetFrameworkSmoke.exe" "$here/NetFrameworkSmoke.cs"
mono "$out/NetFrameworkSmoke.exe"
