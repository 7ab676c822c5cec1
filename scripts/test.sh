#!/usr/bin/env bash
# Runs every test of the repository: restores, builds (warnings are errors), runs the xunit suite,
# then a one-minute fuzzing smoke campaign.
set -euo pipefail
cd "$(dirname "$0")/.."
# The web UI's font and the browser tests' axe-core come from npm; the browser tests drive Debian's chromium.
scripts/web-assets.sh
command -v chromium >/dev/null || { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; }
eval "$(scripts/postgres-test-cluster.sh start)"
trap 'scripts/postgres-test-cluster.sh stop "$RASD_TEST_POSTGRES_DIR"' EXIT
dotnet build Rasd.slnx -c Release --nologo -v quiet
dotnet test Rasd.slnx -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal"

# Fuzzing smoke campaign: one minute of afl-fuzz over the whole pipeline, from the seed corpus and
# the regression inputs (scripts/fuzz.sh installs afl++ when missing); a crash fails the run.
scripts/fuzz.sh pipeline 60
