#!/usr/bin/env bash
# The search benchmark of BENCHMARKS.md: `rasd bench-store` on both backends at 62,535 and 1,000,000
# articles, the JSON reports kept in bench/search/, and the Search section of BENCHMARKS.md written
# again from them.
#
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=rasd scripts/bench-search.sh STORES_DIR [SIZE…]
#   scripts/bench-search.sh --render          # only write the section again from bench/search/*.json
#
# STORES_DIR holds the stores, built once and reused (at a million articles about 22 GB of SQLite
# and 35 GB of PostgreSQL; keep it outside the repository): bench-base.db (the bulk corpus analyzed
# once), bench-SIZE.db with its .search index. The PostgreSQL server is the one PGHOST, PGPORT and
# PGUSER name; each size gets a database rasd_bench_SIZE, created with the rum extension when
# missing. RASD_BENCH_SOURCES (default ../shared/corpus/bulk) names the articles. The figures of the
# earlier BM25-in-SQL search come from scripts/bench-search-sql-bm25.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
results=bench/search
render() { python3 scripts/benchmarks_search.py "$results" BENCHMARKS.md; }
if [ "${1:-}" = "--render" ]; then render; exit 0; fi
[ $# -ge 1 ] || { echo "usage: PGHOST=… PGPORT=… PGUSER=… $0 STORES_DIR [SIZE…] | $0 --render" >&2; exit 2; }
stores="$1"; shift
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(62535 1000000)
: "${PGHOST:?PGHOST names the PostgreSQL server}" "${PGPORT:=5432}" "${PGUSER:=$USER}"
mkdir -p "$stores" "$results"
dotnet build src/Rasd.Cli -c Release --nologo -v quiet
# SQLite's Lucene index is written batch by batch during the load, so its build is timed by a
# rebuild; PostgreSQL builds its search indexes once at the end of the load, and that is timed.
bench=(dotnet src/Rasd.Cli/bin/Release/net10.0/Rasd.Cli.dll bench-store --sources "${RASD_BENCH_SOURCES:-../shared/corpus/bulk}"
       --base "$stores/bench-base.db" --repetitions 3 --facets --format json)
for size in "${sizes[@]}"; do
  "${bench[@]}" --rebuild-index --articles "$size" --db "$stores/bench-$size.db" >"$results/sqlite-$size.json"
  database="rasd_bench_$size"
  if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    psql -d postgres -qc "CREATE DATABASE $database"
    psql -d "$database" -qc "CREATE EXTENSION IF NOT EXISTS rum"
  fi
  "${bench[@]}" --articles "$size" --db "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$database" >"$results/postgres-$size.json"
done
render
