#!/usr/bin/env bash
# Runs every test of the repository: restores, builds (warnings are errors) and runs the xunit suite.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/postgres-test-cluster.sh start)"
trap 'scripts/postgres-test-cluster.sh stop "$RASD_TEST_POSTGRES_DIR"' EXIT
dotnet build Rasd.slnx -c Release --nologo -v quiet
dotnet test Rasd.slnx -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal"
