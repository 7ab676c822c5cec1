#!/usr/bin/env bash
# The search before the engines (BM25 computed in SQL over the store's posting tables, commit
# d9a9966) on the corpus and query mix of scripts/bench-search.sh, for the figures beside the
# engines in BENCHMARKS.md: the same replicated articles (ids, dates) written by that commit's store,
# and the query mix of an engine report timed on them.
#
#   PGHOST=… PGPORT=… PGUSER=… scripts/bench-search-sql-bm25.sh STORES_DIR SIZE
#
# Needs STORES_DIR/bench-base.db (made by scripts/bench-search.sh) and bench/search/sqlite-SIZE.json
# (the query mix); writes bench/search/sql-bm25-sqlite-SIZE.json and sql-bm25-postgres-SIZE.json.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: PGHOST=… PGPORT=… PGUSER=… $0 STORES_DIR SIZE" >&2; exit 2; }
stores="$1"; size="$2"; commit=d9a9966
: "${PGHOST:?PGHOST names the PostgreSQL server}" "${PGPORT:=5432}" "${PGUSER:=$USER}"
previous="$(mktemp -d)"
trap 'rm -rf "$previous"' EXIT
git archive "$commit" | tar -x -C "$previous"
dotnet build bench/sql-bm25 -c Release --nologo -v quiet -p:PreviousSource="$previous"
run() { RASD_DATA="$previous/data" dotnet bench/sql-bm25/bin/Release/net10.0/SqlBm25Bench.dll "$@"; }
sqlite="$stores/sql-bm25-$size.db"
[ -f "$sqlite" ] || run build "$sqlite" "$stores/bench-base.db" "$size" 1
run time "$sqlite" "bench/search/sqlite-$size.json" 3 >"bench/search/sql-bm25-sqlite-$size.json"
database="rasd_sql_bm25_$size"
if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  psql -d postgres -qc "CREATE DATABASE $database"
  run build "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$database" "$stores/bench-base.db" "$size" 1
fi
run time "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$database" "bench/search/sqlite-$size.json" 3 >"bench/search/sql-bm25-postgres-$size.json"
