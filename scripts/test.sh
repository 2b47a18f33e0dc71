#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed" (summed over all test assemblies).
# Exits non-zero when a test failed or the build failed. Works on Debian 12 with only the .NET SDK installed.
#
#   bash scripts/test.sh                 # everything
#   bash scripts/test.sh --filter X      # extra arguments go to `dotnet test`
#   PREFLIGHT_ARTIFACTS=/tmp/a bash scripts/test.sh   # build output elsewhere (parallel checkouts)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# --- Test dependencies -------------------------------------------------------------------------------------------
# Hook for later issues: Debian packages some tests need (e.g. chromium for the page renderer, postgresql for the
# store). They are installed only when missing and only when running as root; otherwise those tests skip themselves.
APT_PACKAGES=(chromium)

install_test_dependencies() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ((${#missing[@]} == 0)); then return 0; fi
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing test dependencies: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "warning: could not install ${missing[*]}; tests that need them will be skipped" >&2
  else
    echo "note: not root, so not installing ${missing[*]}; tests that need them will be skipped" >&2
  fi
}

if ! command -v dotnet >/dev/null; then
  echo "error: the .NET SDK (10.0) is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
install_test_dependencies

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

args=(test Preflight.slnx --nologo)
if [[ -n "${PREFLIGHT_ARTIFACTS:-}" ]]; then args+=(--artifacts-path "$PREFLIGHT_ARTIFACTS"); fi
args+=("$@")

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet "${args[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one summary per assembly: "Passed!  - Failed:     0, Passed:   123, Skipped: ..." (or "Failed!  - ...").
read -r passed failed < <(
  grep -E '^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$log" \
    | sed -E 's/.*Failed: +([0-9]+), +Passed: +([0-9]+).*/\2 \1/' \
    | awk '{p += $1; f += $2} END {print p + 0, f + 0}'
)
assemblies=$(grep -cE '^(Passed|Failed)! +- +Failed:' "$log" || true)

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  # The build failed, or a test host crashed before reporting: count it so the line never reads as green.
  echo "error: dotnet test exited with $status (build failure or crashed test host; $assemblies assemblies reported)" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
if [[ $status -ne 0 || $failed -ne 0 ]]; then exit 1; fi
if [[ $passed -eq 0 ]]; then echo "error: no test ran" >&2; exit 1; fi
exit 0
