#!/usr/bin/env bash
# Makes sure the fuzzing tools are there: Debian's afl++ package (installed when afl-fuzz is
# missing) and the SharpFuzz instrumenter, a dotnet tool pinned in fuzz/dotnet-tools.json.
#
#   scripts/fuzz-tools.sh            # installs what is missing; only diagnostics, on standard error
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v afl-fuzz >/dev/null; then
  echo "installing Debian's afl++ package" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >&2
fi
(cd fuzz && dotnet tool restore >&2)
