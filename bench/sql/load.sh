#!/usr/bin/env bash
# Load and churn with pgbench (it ships with PostgreSQL) on a private cluster: 16 clients inserting
# pairs (IIN, BIN), 10 % invalid, for SECONDS each into three tables that differ only in their checks
# (none / iin-pljava domain + CHECK bin_is_valid / the same rules in PL/pgSQL). Then 200 short
# connections that each insert one row (each starts a JVM). Every attempt is reconciled: valid rows
# all present, invalid rows all rejected, nothing else in the table, no crash in the server log.
#
#   bench/sql/load.sh [SECONDS]      SECONDS defaults to 60; CLIENTS (16), CHURN (200) override
set -euo pipefail
seconds=${1:-60}
clients=${CLIENTS:-16}
churn=${CHURN:-200}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
start_cluster "max_connections = 100"
print_versions
echo "recommended pljava.vmoptions in use: $recommended"
echo
psql_ -d bench -q -f "$here/load-setup.sql"
mkdir -p "$dir/logs"
chmod 777 "$dir/logs"

percentiles() { # pgbench -l logs: 3rd field is the latency in microseconds
  cat "$@" | awk '{print $3}' | sort -n | awk '
    function at(q,  i) { i = int(NR * q); if (i < 1) i = 1; return v[i] / 1000 }
    {v[NR] = $1}
    END { if (NR == 0) { print "no transactions"; exit }
          printf "p50 %.1f  p95 %.1f  p99 %.1f  max %.0f ms", at(0.50), at(0.95), at(0.99), v[NR] / 1000 }'
}
steady_tps() { # transactions per second over the second half of the run (JVMs all started by then)
  cat "$@" | awk '{t = $5 + $6 / 1e6; ts[NR] = t; if (min == "" || t < min) min = t; if (t > max) max = t}
    END { mid = min + (max - min) / 2; for (i = 1; i <= NR; i++) if (ts[i] >= mid) n++;
          if (max > mid) printf "%.0f", n / (max - mid); else print "-" }'
}
reconcile() { # variant
  psql_ -d bench -At -F ' ' <<SQL
SELECT (SELECT count(*) FROM load.attempts a JOIN load.pool p USING (k) WHERE a.variant = '$1' AND p.ok),
       (SELECT count(*) FROM load.attempts a JOIN load.pool p USING (k) WHERE a.variant = '$1' AND NOT p.ok),
       (SELECT count(*) FROM load.acc_$1),
       (SELECT count(*) FROM load.rejected WHERE variant = '$1'),
       (SELECT count(*) FROM load.acc_$1 WHERE NOT (iin.iin_is_valid(iin) AND iin.bin_is_valid(bin)))
SQL
}
echo "== load: $clients clients, ${seconds}s per variant, 10 % invalid pairs"
printf "%-8s %6s %6s  %-42s %s\n" variant TPS "TPS 2nd half" "latency" "reconciliation"
status=0
for variant in none java plpgsql; do
  printf '\\set k random(1, 100000)\nSELECT load.try_insert('"'"'%s'"'"', :k);\n' "$variant" > "$dir/$variant.pgbench"
  out=$(cd "$dir/logs" && "$bin/pgbench" -h "$dir" -p "$port" -U postgres -n -c "$clients" -j 2 -T "$seconds" \
          -f "$dir/$variant.pgbench" -l --log-prefix="$variant" bench 2>&1)
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  read -r valid invalid stored rejected bad < <(reconcile "$variant")
  if [ "$variant" = none ]; then
    ok=$([ "$stored" = $((valid + invalid)) ] && [ "$rejected" = 0 ] && echo yes || echo NO)
    note="attempts $((valid + invalid)) = rows $stored (no checks: $bad invalid rows got in) [$ok]"
  else
    ok=$([ "$stored" = "$valid" ] && [ "$rejected" = "$invalid" ] && [ "$bad" = 0 ] && echo yes || echo NO)
    note="valid $valid = rows $stored, invalid $invalid = rejected $rejected, invalid in table $bad [$ok]"
  fi
  [ "$ok" = yes ] || status=1
  printf "%-8s %6.0f %6s  %-42s %s\n" "$variant" "$tps" "$(steady_tps "$dir/logs/$variant".*)" "$(percentiles "$dir/logs/$variant".*)" "$note"
done
echo "(java's p99/max include each client's first call, which starts its JVM)"
echo
echo "== churn: $churn connections, each inserting one row (each starts a JVM in its backend)"
before=$(pgrep -c -u postgres postgres || true)
for variant in none java; do
  printf '\\set k random(1, 100000)\nSELECT load.try_insert('"'"'%s'"'"', :k);\n' "$variant" > "$dir/churn-$variant.pgbench"
  out=$(cd "$dir/logs" && "$bin/pgbench" -h "$dir" -p "$port" -U postgres -n -C -c 4 -j 2 -t $((churn / 4)) \
          -f "$dir/churn-$variant.pgbench" -l --log-prefix="churn-$variant" bench 2>&1)
  failed=$(echo "$out" | sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p')
  processed=$(echo "$out" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
  conn=$(echo "$out" | sed -n 's/^average connection time = \([0-9.]*\) ms/\1/p')
  printf "%-5s transactions %s (failed %s), connect avg %s ms, insert incl. JVM start: %s\n" "$variant" "$processed" "${failed:-0}" "$conn" \
    "$(percentiles "$dir/logs/churn-$variant".*)"
done
sleep 1
after=$(pgrep -c -u postgres postgres || true)
echo "server processes before/after churn: $before/$after"
crashes=$(grep -c -E "terminated by signal|terminating any other active server processes" "$dir/server.log" || true)
echo "crash lines in server log: $crashes"
[ "$crashes" = 0 ] && [ "$before" = "$after" ] || status=1
exit $status
