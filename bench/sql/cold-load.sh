#!/usr/bin/env bash
# The cold case a DBA meets: COPY of ROWS rows into a table whose column has the domain, and ALTER TABLE
# ... VALIDATE CONSTRAINT over ROWS rows, each in a FRESH connection (so the timing includes starting the
# backend's JVM and warming it up), against the same rules in PL/pgSQL. Every variant runs RUNS times;
# medians are printed, with the ratio to PL/pgSQL. Private cluster, started and removed by this script.
#
#   bench/sql/cold-load.sh [ROWS]      ROWS defaults to 1000000; RUNS (3) overrides
set -euo pipefail
rows=${1:-1000000}
runs=${RUNS:-3}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
start_cluster "fsync = off" "synchronous_commit = off" "max_parallel_workers_per_gather = 0"
print_versions
psql_ -d bench -q <<SQL
SET client_min_messages = error;
\ir $here/plpgsql-reference.sql
CREATE DOMAIN bench.plpgsql_iin AS text CONSTRAINT plpgsql_iin_valid CHECK (bench.plpgsql_iin_is_valid(VALUE));
CREATE TABLE bench.source AS
SELECT b || iin.iin_check_digit(b) AS s
  FROM (SELECT to_char(date '1930-01-01' + (g % 25000), 'YYMMDD') || CASE WHEN g % 2 = 0 THEN '3' ELSE '4' END
               || lpad(((g / 25000) % 10000)::text, 4, '0') AS b
          FROM generate_series(0, ($rows * 1.02)::int) g) x
 WHERE iin.iin_check_digit(b) IS NOT NULL LIMIT $rows;
COPY bench.source TO '$dir/iins.txt';
CREATE TABLE bench.load_none (iin text);
CREATE TABLE bench.validate_none AS SELECT s AS iin FROM bench.source;
CREATE TABLE bench.load_java (iin iin.iin);
CREATE TABLE bench.load_plpgsql (iin bench.plpgsql_iin);
CREATE TABLE bench.validate_java AS SELECT s AS iin FROM bench.source;
CREATE TABLE bench.validate_plpgsql AS SELECT s AS iin FROM bench.source;
VACUUM ANALYZE;
SQL
echo "rows: $(psql_ -d bench -At -c 'SELECT count(*) FROM bench.source'), all valid; one fresh connection per timing"

# One option away from the recommended line: C1 only, and without the install command's class-data archive.
c1_options="$recommended -XX:TieredStopAtLevel=1"
no_archive_options=$(echo "$recommended" | sed 's/ -XX:SharedArchiveFile=[^ ]*//')

measure() { # label, table kind (none|java|plpgsql), options
  local label=$1 kind=$2 options=$3 copy validate i
  for i in $(seq 1 "$runs"); do
    psql_ -d bench -q -c "TRUNCATE bench.load_$kind"
    copy=$(fresh_ms "$options" "COPY bench.load_$kind FROM '$dir/iins.txt';")
    psql_ -d bench -q -c "ALTER TABLE bench.validate_$kind DROP CONSTRAINT IF EXISTS v" \
      -c "ALTER TABLE bench.validate_$kind ADD CONSTRAINT v CHECK ($(check_of "$kind")) NOT VALID"
    validate=$(fresh_ms "$options" "ALTER TABLE bench.validate_$kind VALIDATE CONSTRAINT v;")
    echo "$copy $validate" >> "$dir/$kind-$label.runs"
  done
  printf "%-34s %10.0f ms %10.0f ms\n" "$label" "$(cut -d' ' -f1 "$dir/$kind-$label.runs" | median)" \
    "$(cut -d' ' -f2 "$dir/$kind-$label.runs" | median)"
  echo "$label $(cut -d' ' -f1 "$dir/$kind-$label.runs" | median) $(cut -d' ' -f2 "$dir/$kind-$label.runs" | median)" >> "$dir/medians"
}
echo
echo "== fresh connection: COPY $rows rows into a domain column; VALIDATE CONSTRAINT over $rows rows (medians of $runs)"
printf "%-34s %13s %13s\n" "check, pljava.vmoptions" "COPY" "VALIDATE"
measure "no-check" none ""
measure "plpgsql" plpgsql ""
measure "java-default" java "$classpath_only"
measure "java-recommended" java "$recommended"
measure "java-recommended-C1" java "$c1_options"
measure "java-recommended-no-archive" java "$no_archive_options"
echo
# Ratios to PL/pgSQL, as measured and net of the same work without a check (COPY into text, a built-in CHECK).
awk '$1 == "no-check" {nc = $2; nv = $3} $1 == "plpgsql" {pc = $2; pv = $3} $1 ~ /^java/ {l[++n] = $1; c[n] = $2; v[n] = $3}
  END {for (i = 1; i <= n; i++) printf "%-26s COPY %.2fx faster than PL/pgSQL (net of no-check %.2fx), VALIDATE %.2fx (net %.2fx)\n",
         l[i], pc / c[i], (pc - nc) / (c[i] - nc), pv / v[i], (pv - nv) / (v[i] - nv)}' "$dir/medians"
echo "(no-check: COPY into a text column, VALIDATE of CHECK (length(iin) = 12); java-default: PL/Java's JVM defaults + class path;"
echo " recommended: the install command's line; -C1: plus -XX:TieredStopAtLevel=1; -no-archive: without its -XX:SharedArchiveFile=)"
echo "recommended pljava.vmoptions: $recommended"
