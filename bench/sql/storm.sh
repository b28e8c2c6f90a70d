#!/usr/bin/env bash
# A connection storm: CLIENTS pgbench clients (200) connect at once and insert into an iin.iin column for
# SECONDS each (default 60), first straight to PostgreSQL, then through pgbouncer in transaction mode with
# a pool of POOL server connections (4). Each run prints TPS, average latency, committed transactions against
# rows stored + values refused, TPS per 10 s, and the client backends (sampled every 5 s, the sample with
# the most JVMs): how many started a JVM and their memory (RSS, PSS, private) in total and per JVM backend.
# Loopback only; private cluster and pgbouncer, both removed at the end. Exits non-zero if a reconciliation
# fails.
#
#   bench/sql/storm.sh [SECONDS]      CLIENTS (200), POOL (4) override; pgbouncer: /usr/sbin/pgbouncer or PGBOUNCER
set -euo pipefail
seconds=${1:-60}
clients=${CLIENTS:-200}
pool=${POOL:-4}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
start_cluster "max_connections = $((clients + 20))" "synchronous_commit = on"
eval "$("$java" -jar "$cluster_jar" pgbouncer "$dir" bench "pool_mode = transaction" "default_pool_size = $pool" \
  "max_db_connections = $pool" "max_client_conn = $((clients + 50))")"
# Replaces start_cluster's trap, so it removes what that one removes too (the private share directory).
trap 'PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" pgbouncer-stop "$IIN_PGBOUNCER_DIR";
      PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" stop "$dir"; rm -rf "$private_share"' EXIT
print_versions
echo "pljava.vmoptions: $recommended"
echo "$(/usr/sbin/pgbouncer --version 2>/dev/null | head -1 || true), transaction pooling, pool of $pool"
psql_ -d bench -q -f "$here/storm-setup.sql"
echo

# Client backends of database bench: count, with a JVM, and memory sums in MB (from /proc/PID/smaps_rollup).
sample_backends() {
  local pids jvm=0 n=0 rss=0 pss=0 priv=0 r s p
  pids=$(psql_ -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND datname = 'bench'")
  for pid in $pids; do
    read -r r s p < <(awk '/^Rss:/ {r = $2} /^Pss:/ {s = $2} /^Private_(Clean|Dirty):/ {p += $2} END {print r + 0, s + 0, p + 0}' \
      "/proc/$pid/smaps_rollup" 2>/dev/null || echo "0 0 0")
    grep -q '/libjvm.so' "/proc/$pid/maps" 2>/dev/null || continue
    jvm=$((jvm + 1)); rss=$((rss + r)); pss=$((pss + s)); priv=$((priv + p))
  done
  n=$(echo "$pids" | grep -c . || true)
  echo "$n $jvm $rss $pss $priv"
}

run() { # name, pgbench connection arguments...
  local name=$1 out sample committed stored refused bad tps lat conn
  shift
  printf '\\set k random(1, 100000)\nSELECT storm.try_insert('"'"'%s'"'"', :k);\n' "$name" > "$dir/$name.pgbench"
  # Sample the backends every 5 s while the clients are connected; report the sample with the most JVMs.
  : > "$dir/$name.samples"
  ( while [ ! -e "$dir/$name.done" ]; do sleep 5; sample_backends >> "$dir/$name.samples" || true; done ) &
  local sampler=$! n=0 jvm=0 rss=0 pss=0 priv=0
  out=$("$bin/pgbench" "$@" -U postgres -n -c "$clients" -j 4 -T "$seconds" -P 10 -f "$dir/$name.pgbench" bench 2>&1) || true
  touch "$dir/$name.done"
  wait "$sampler" || true
  read -r n jvm rss pss priv < <(sort -n -k2,2 -k1,1 "$dir/$name.samples" | tail -1) || true
  committed=$(echo "$out" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  lat=$(echo "$out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
  conn=$(echo "$out" | sed -n 's/^initial connection time = \([0-9.]*\) ms/\1/p')
  # Wrong outcomes: a bad value stored (every tenth key of the pool is bad) or a good one refused.
  read -r stored refused bad < <(psql_ -d bench -At -F ' ' -c "SELECT (SELECT count(*) FROM storm.person_$name),
    (SELECT count(*) FROM storm.refused WHERE run = '$name'),
    (SELECT count(*) FROM storm.person_$name WHERE k % 10 = 0)
    + (SELECT count(*) FROM storm.refused WHERE run = '$name' AND k % 10 <> 0)")
  # pgbench counts what finished before the deadline; a transaction in flight then may commit uncounted.
  local ok=NO
  [ -n "$committed" ] && [ "$bad" = 0 ] && [ $((stored + refused)) -ge "$committed" ] \
    && [ $((stored + refused)) -le $((committed + clients)) ] && ok=yes
  [ "$ok" = yes ] || status=1
  printf "%-7s tps %8.1f  latency avg %10.1f ms  initial connection %9.1f ms\n" "$name" "${tps:-0}" "${lat:-0}" "${conn:-0}"
  printf "        committed %d = stored %d + refused %d (in flight at the end: %d; wrong outcomes: %d) [%s]\n" \
    "${committed:-0}" "$stored" "$refused" $((stored + refused - ${committed:-0})) "$bad" "$ok"
  printf "        most JVMs seen: client backends %d, with a JVM %d: RSS %.0f MB, PSS %.0f MB, private %.0f MB in total" \
    "$n" "$jvm" "$(echo "$rss / 1024" | bc -l)" "$(echo "$pss / 1024" | bc -l)" "$(echo "$priv / 1024" | bc -l)"
  [ "$jvm" -gt 0 ] && printf "; per JVM backend RSS %.1f MB, private %.1f MB" \
    "$(echo "$rss / 1024 / $jvm" | bc -l)" "$(echo "$priv / 1024 / $jvm" | bc -l)"
  printf "\n        tps per 10 s: %s\n" "$(echo "$out" | sed -n 's/^progress: [0-9.]* s, \([0-9.]*\) tps.*/\1/p' | xargs printf '%.0f ')"
  printf "        load average after: %s\n" "$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$out" | grep -E "^(pgbench: error|.*aborted)" | head -3 | sed 's/^/        /' || true
}

status=0
echo "== $clients clients at once, ${seconds}s each, 10 % of the values with a wrong check digit"
run direct -h "$dir" -p "$port"
# Let the direct run's backends (and JVMs) go before the pooled run.
while [ "$(psql_ -d postgres -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'bench' AND pid <> pg_backend_pid()")" != 0 ]; do
  sleep 1
done
run pooled -h 127.0.0.1 -p "$IIN_PGBOUNCER_PORT"
exit $status
