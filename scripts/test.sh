#!/usr/bin/env bash
# Runs every test of the repository: restores, builds (warnings are errors) and runs the xunit suite.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Rasd.slnx -c Release --nologo -v quiet
dotnet test Rasd.slnx -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal"
