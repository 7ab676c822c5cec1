#!/usr/bin/env bash
# Runs a bounded coverage-guided fuzzing campaign over one target with afl-fuzz and SharpFuzz.
#
#   scripts/fuzz.sh TARGET SECONDS      # TARGET: decoder, html, jsonl, trec or pipeline
#
# Installs what is missing (scripts/fuzz-tools.sh), builds fuzz/Rasd.Fuzz, instruments a copy of
# the build, fuzzes for SECONDS from the seed corpus (fuzz/corpus/TARGET, every folder of it for the
# pipeline, and the regression inputs of tests/Rasd.Tests/Fuzz/Inputs) with the dictionary of
# fuzz/tokens.txt, then prints executions, executions per second, coverage, crashes and hangs.
# Crashes and hangs are copied to a findings folder outside the repository and replayed on the
# uninstrumented build, which prints each one's exception and stack trace.
#
# Exit code: 0 when the campaign found no crash, 1 when it found one, 2 on a usage or setup error.
# Environment: RASD_FUZZ_DIR (default ${TMPDIR:-/tmp}/rasd-fuzz) holds campaigns/ (each with its
# instrumented build, seeds and afl-fuzz output) and findings/; RASD_FUZZ_TIMEOUT_MS (default
# 20000) is afl-fuzz's time limit per input, above which an input counts as a hang.
set -euo pipefail

# The whole script is one function, read before it runs: editing the file during a campaign is safe.
main() {
  cd "$(dirname "$0")/.."
  repo="$(pwd)"

  targets="decoder html jsonl trec pipeline"
  target="${1:-}"
  seconds="${2:-}"
  if [ -z "$target" ] || [ -z "$seconds" ] || ! [[ " $targets " == *" $target "* ]] || ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 TARGET SECONDS   (TARGET: ${targets// /, })" >&2
    exit 2
  fi

  work="${RASD_FUZZ_DIR:-${TMPDIR:-/tmp}/rasd-fuzz}"
  timeout_ms="${RASD_FUZZ_TIMEOUT_MS:-20000}"
  mkdir -p "$work"
  work="$(cd "$work" && pwd)"

  scripts/fuzz-tools.sh
  dotnet build fuzz/Rasd.Fuzz -c Release --nologo -v quiet >&2
  plain="$repo/fuzz/Rasd.Fuzz/bin/Release/net10.0"

  # Each campaign has its own folder, so that campaigns may run side by side.
  stamp="$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$work/campaigns"
  campaign="$(mktemp -d "$work/campaigns/$target-$stamp.XXXX")"
  stamp="$(basename "$campaign")"

  # Instrument a copy: the build in the repository stays plain for the tests and for replaying.
  # The HTML target also instruments AngleSharp, so that coverage of the parser steers it.
  build="$campaign/build"
  cp -r "$plain" "$build"
  instrumented="Rasd.dll"
  if [ "$target" = html ]; then instrumented="Rasd.dll AngleSharp.dll"; fi
  for assembly in $instrumented; do
    (cd fuzz && dotnet tool run sharpfuzz "$build/$assembly") >&2
  done

  dotnet "$plain/Rasd.Fuzz.dll" --dictionary fuzz/tokens.txt "$campaign/tokens.dict"

  seeds="$campaign/seeds"
  mkdir -p "$seeds"
  if [ "$target" = pipeline ]; then folders=(fuzz/corpus/*/); else folders=("fuzz/corpus/$target/"); fi
  for folder in "${folders[@]}" tests/Rasd.Tests/Fuzz/Inputs/; do
    [ -d "$folder" ] || continue
    for file in "$folder"*; do
      [ -f "$file" ] && cp "$file" "$seeds/$(basename "$folder")-$(basename "$file")"
    done
  done

  echo "fuzzing $target for $seconds s: $(ls "$seeds" | wc -l) seeds, campaign in $campaign" >&2

  # The target is the dotnet host, not a native binary built by afl's compilers (SKIP_BIN_CHECK);
  # the machine is shared (NO_AFFINITY, SKIP_CPUFREQ) and may pipe core dumps elsewhere, which does
  # not matter since crashes are exceptions reported by SharpFuzz, not core dumps. The time limit is
  # fixed and generous, not scaled down to the seeds' speed: after a hang the child process is
  # restarted and its first input waits for the data files to load (seconds, more on a loaded
  # machine), which must not count as another hang.
  status=0
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    afl-fuzz -i "$seeds" -o "$campaign/afl" -x "$campaign/tokens.dict" -t "$timeout_ms" -m none -V "$seconds" \
    -- dotnet "$build/Rasd.Fuzz.dll" "$target" >"$campaign/afl.log" 2>&1 || status=$?

  stats="$campaign/afl/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "afl-fuzz stopped before fuzzing (exit code $status); its log, $campaign/afl.log, ends:" >&2
    tail -n 30 "$campaign/afl.log" >&2
    exit 2
  fi
  stat_of() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }

  findings="$work/findings/$target"
  mkdir -p "$findings"
  crashes=0
  hangs=0
  for kind in crashes hangs; do
    for file in "$campaign/afl/default/$kind"/id*; do
      [ -f "$file" ] || continue
      copy="$findings/$stamp-${kind%es}-$(basename "$file" | cut -d, -f1 | tr ':' '-')"
      cp "$file" "$copy"
      if [ "$kind" = crashes ]; then crashes=$((crashes + 1)); else hangs=$((hangs + 1)); fi
    done
  done

  echo "target:           $target"
  echo "run time:         $(stat_of run_time) s"
  echo "executions:       $(stat_of execs_done)"
  echo "executions/s:     $(stat_of execs_per_sec)"
  echo "corpus:           $(stat_of corpus_count) inputs ($(stat_of corpus_found) found)"
  echo "coverage:         $(stat_of edges_found) edges, $(stat_of bitmap_cvg) of the map"
  echo "stability:        $(stat_of stability)"
  echo "crashes:          $crashes"
  echo "hangs:            $hangs (over ${timeout_ms} ms)"
  if [ $((crashes + hangs)) -gt 0 ]; then
    echo "findings:         $findings/$stamp-*"
    # A hang may never end: the replay is bounded too.
    timeout 300 dotnet "$plain/Rasd.Fuzz.dll" "$target" "$findings/$stamp-"* || true
  fi
  if [ "$crashes" -gt 0 ]; then exit 1; fi
  exit 0
}

main "$@"
