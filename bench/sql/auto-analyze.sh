#!/usr/bin/env bash
# What autovacuum pays for an index on an iin_* expression: auto-analyze computes statistics on the
# expression, so its worker starts a JVM (and PL/Java logs its JEP 411 advisory there). Three databases, one
# table each, ROWS rows (default 20,000) per round: an index on an ordinary expression (substr), on
# iin.iin_birth_date, and on iin.iin_birth_date with SET STATISTICS 0 on the index column. Each round
# inserts ROWS more rows and prints the elapsed time autovacuum logs for each analyze, and whether that
# worker logged the advisory. Private cluster, removed at the end.
#
#   bench/sql/auto-analyze.sh [ROUNDS]      ROUNDS defaults to 3; ROWS overrides
set -euo pipefail
rounds=${1:-3}
rows=${ROWS:-20000}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
start_cluster "autovacuum_naptime = 1" "log_autovacuum_min_duration = 0"
print_versions
declare -A index=(
  [plain]="CREATE INDEX person_expr ON person ((substr(iin, 1, 6)))"
  [java]="CREATE INDEX person_expr ON person (iin.iin_birth_date(iin))"
  [java_nostats]="CREATE INDEX person_expr ON person (iin.iin_birth_date(iin)); ALTER INDEX person_expr ALTER COLUMN 1 SET STATISTICS 0"
)
variants="plain java java_nostats"
for v in $variants; do
  psql_ -q -d bench -c "CREATE DATABASE $v"
  psql_ -q -d "$v" -c "SET client_min_messages = error; CREATE EXTENSION iin CASCADE; CREATE TABLE person (iin text NOT NULL); ${index[$v]}"
done
insert="INSERT INTO person SELECT b || iin.iin_check_digit(b) FROM (SELECT to_char(date '1930-01-01' + g % 25000, 'YYMMDD')
  || '3' || lpad((g / 25000 % 10000)::text, 4, '0') AS b FROM generate_series(0, ($rows * 1.02)::int) g) s
  WHERE iin.iin_check_digit(b) IS NOT NULL LIMIT $rows"
echo
printf "%-6s %-14s %10s  %s\n" round index "elapsed" "JEP 411 advisory from that worker"
for round in $(seq 1 "$rounds"); do
  for v in $variants; do
    psql_ -q -d "$v" -c "$insert"
  done
  for v in $variants; do
    # Wait for this round's analyze of the table (autoanalyze_count reaches the round number).
    for _ in $(seq 1 600); do
      [ "$(psql_ -d "$v" -At -c "SELECT autoanalyze_count FROM pg_stat_user_tables WHERE relname = 'person'")" -ge "$round" ] && break
      sleep 0.2
    done
    sleep 0.5 # the advisory is logged at the analyze's commit, just after its LOG line
    line=$(grep -E "LOG:  automatic analyze of table \"$v\.public\.person\"" "$dir/server.log" | sed -n "${round}p")
    pid=$(echo "$line" | sed -n 's/.*\[\([0-9]*\)\] LOG.*/\1/p')
    elapsed=$(grep -A3 -F "$line" "$dir/server.log" | sed -n 's/.*elapsed: \([0-9.]*\) s.*/\1/p' | head -1)
    advisory=$(grep -c -F "[$pid] WARNING:  [JEP 411] migration advisory" "$dir/server.log" || true)
    printf "%-6s %-14s %8s s  %s\n" "$round" "$v" "${elapsed:-?}" "$([ "$advisory" -gt 0 ] && echo yes || echo no)"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
