#!/usr/bin/env bash
# Regenerates docs/rules/README.md from the catalogue (`preflight rules --format md`). A test fails when it is stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
args=(run --project src/Preflight.Cli -v quiet)
if [[ -n "${PREFLIGHT_ARTIFACTS:-}" ]]; then args+=(--artifacts-path "$PREFLIGHT_ARTIFACTS"); fi
dotnet "${args[@]}" -- rules --format md > "$out"
mv "$out" docs/rules/README.md
trap - EXIT
echo "docs/rules/README.md: $(grep -c '^| \[' docs/rules/README.md) rules"
