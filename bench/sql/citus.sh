#!/usr/bin/env bash
# Citus bench: a multi-shard query with an iin_* filter, run RUNS times in one coordinator session, under
# Citus's default executor settings and under the small pool docs/postgresql-production.md recommends. Every connection
# the coordinator opens to a worker is a backend that starts its own JVM on its first Java call; the worker
# logs its connections, so the script prints how many each setting opened beside the query times.
# A coordinator and one worker on loopback (pg-cluster), always removed; needs Citus and PL/Java installed,
# the built jars (mvn -B -q -DskipTests package -pl pljava-ext -am), and root (the install command).
#
#   bench/sql/citus.sh [ROWS] [RUNS]     ROWS defaults to 200000 (in 8 shards), RUNS to 10
set -euo pipefail
rows=${1:-200000}
runs=${2:-10}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
for f in "$jar" "$cluster_jar"; do
  [ -r "$f" ] || { echo "no $f; build it: mvn -B -q -DskipTests package -pl pljava-ext -am" >&2; exit 1; }
done
[ -f "$("$pg_config" --pkglibdir)/citus.so" ] || { echo "Citus is not installed for $pg_config" >&2; exit 1; }
conf_line=$("$java" -jar "$jar" install --pg-config "$pg_config" | tail -1)

dirs=()
trap 'for d in "${dirs[@]}"; do PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" stop "$d"; done' EXIT
node() { # starts a node with Citus and the extension's line; sets node_dir and node_port
  eval "$(PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" start "$conf_line" "shared_preload_libraries = 'citus'" \
    "log_connections = on" "$@")"
  node_dir=$IIN_PG_DIR node_port=$PGPORT
  dirs+=("$node_dir")
  "$bin/psql" -X -q -h "$node_dir" -p "$node_port" -U postgres -c "CREATE DATABASE bench"
  "$bin/psql" -X -q -h "$node_dir" -p "$node_port" -U postgres -d bench -c "CREATE EXTENSION citus"
}
node; worker_dir=$node_dir worker_port=$node_port
node; dir=$node_dir port=$node_port   # the coordinator: psql_ and print_versions talk to it
psql_ -d bench -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
SELECT citus_set_coordinator_host('127.0.0.1', $port);
SELECT citus_add_node('127.0.0.1', $worker_port);
SET client_min_messages = error;
CREATE EXTENSION iin CASCADE;
CREATE TABLE person (iin text PRIMARY KEY CONSTRAINT person_iin_valid CHECK (iin.iin_is_valid(iin)));
SELECT create_distributed_table('person', 'iin', shard_count => 8);
INSERT INTO person SELECT b || iin.iin_check_digit(b) FROM (SELECT to_char(date '1920-01-01' + g % 29000, 'YYMMDD')
  || (3 + g % 2) || lpad((g / 29000)::text, 4, '0') AS b FROM generate_series(1, $rows) g) s
  WHERE iin.iin_check_digit(b) IS NOT NULL;
SQL
print_versions
echo "Citus $(psql_ -d bench -At -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'"); $(psql_ -d bench -At -c "SELECT count(*) FROM person") rows in 8 shards on one worker"

worker_connections() { grep -c 'connection authorized: user=postgres database=bench' "$worker_dir/server.log" || true; }
phase() { # label, SET lines
  local label=$1 settings=$2 before times
  before=$(worker_connections)
  times=$(for i in $(seq 1 "$runs"); do echo "SELECT count(*) FROM person WHERE iin.iin_birth_date(iin) < date '1960-01-01';"; done \
    | psql_ -d bench -q -c "$settings" -c '\timing on' -f - 2>&1 | awk '/^Time:/ {print $2}')
  printf "%-44s %9s ms %9s ms %5d\n" "$label" "$(echo "$times" | head -1)" \
    "$(echo "$times" | tail -n +2 | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')" \
    $(( $(worker_connections) - before ))
}
echo
echo "== $runs runs of a multi-shard count with iin.iin_birth_date in one session"
printf "%-44s %12s %12s %5s\n" "executor settings" "first run" "median rest" "worker connections (JVMs)"
phase "defaults (pool 16, 1 cached per worker)" "SET citus.max_adaptive_executor_pool_size = 16; SET citus.max_cached_conns_per_worker = 1"
phase "pool 2, 2 cached per worker" "SET citus.max_adaptive_executor_pool_size = 2; SET citus.max_cached_conns_per_worker = 2"
phase "defaults again" "SET citus.max_adaptive_executor_pool_size = 16; SET citus.max_cached_conns_per_worker = 1"
phase "pool 2, 2 cached per worker, again" "SET citus.max_adaptive_executor_pool_size = 2; SET citus.max_cached_conns_per_worker = 2"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
