#!/usr/bin/env bash
# Publishes a precompiled (ReadyToRun) `preflight` to ~/.local/share/preflight and links it into ~/.local/bin.
#   bash scripts/install.sh [PREFIX]      # PREFIX defaults to ~/.local
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
prefix=${1:-$HOME/.local}
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish src/Preflight.Cli -c Release -r "${rid:-linux-x64}" --self-contained false -o "$prefix/share/preflight" -v quiet --nologo
mkdir -p "$prefix/bin"
ln -sf "$prefix/share/preflight/preflight" "$prefix/bin/preflight"
echo "Installed: $prefix/bin/preflight ($("$prefix/bin/preflight" rules --format json | grep -c '"code"') rules)"
