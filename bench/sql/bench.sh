#!/usr/bin/env bash
# PL/Java bench for iin-pljava: per-row cost and cold start, on a private PostgreSQL cluster this
# script starts (and always removes) itself. Needs PostgreSQL with PL/Java installed, a JDK, and
# the built jars (mvn -B -DskipTests package -pl pljava-ext -am); installs the extension files (root).
# Prints every figure with the versions.
#
#   bench/sql/bench.sh [ROWS]        ROWS defaults to 1000000; cold start uses COLD_RUNS (5) connections
set -euo pipefail
rows=${1:-1000000}
cold_runs=${COLD_RUNS:-5}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
start_cluster "fsync = off" "synchronous_commit = off"
mkdir "$dir/noop"
javac -d "$dir/noop" "$here/Noop.java"
(cd "$dir/noop" && jar cf "$dir/noop.jar" bench)
chmod 644 "$dir"/*.jar
print_versions
echo
echo "== per-row cost, $rows rows (PL/Java's default JVM options + the class path: $classpath_only)"
psql_ -d bench -q -v rows="$rows" -v noop_url="file:$dir/noop.jar" -v vmoptions="$classpath_only" \
  -f "$here/perrow.sql" 2>&1 | grep -v '^$'

# Cold start: a new connection each time; the first Java call starts the JVM in that backend.
cold() {
  local label=$1 options=$2 i out
  for i in $(seq 1 "$cold_runs"); do
    out=$(psql_ -d bench -q 2>&1 <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv BPID :pid
SET pljava.vmoptions = '$options';
\timing on
SELECT iin.iin_is_valid('900101300007');
\timing off
\! awk '/^VmRSS/ {r=\$2} END {print "RSS", r}' /proc/\$BPID/status; awk '/^Pss:/ {p=\$2} /^Private_(Clean|Dirty)/ {u+=\$2} END {print "PSS", p; print "USS", u}' /proc/\$BPID/smaps_rollup
SQL
)
    echo "$out" | awk -v label="$label" '
      /^Time:/ {t=$2} /^RSS/ {r=$2} /^PSS/ {p=$2} /^USS/ {u=$2}
      END {printf "%s\t%.0f\t%.1f\t%.1f\t%.1f\n", label, t, r/1024, p/1024, u/1024}'
  done
}
echo
echo "== cold start: first call in a new connection (JVM start), and the backend's memory after it"
printf "%-28s %11s %11s %11s %11s\n" "pljava.vmoptions" "first call" "RSS" "PSS" "private"
cold "default (class path only)" "$classpath_only" > "$dir/cold-default.tsv"
cold "recommended" "$recommended" > "$dir/cold-recommended.tsv"
# The same without the class-data archive the install command built (its -XX:SharedArchiveFile=).
cold "recommended, no archive" "$(echo "$recommended" | sed 's/ -XX:SharedArchiveFile=[^ ]*//')" > "$dir/cold-noarchive.tsv"
for f in default recommended noarchive; do
  # median per column, independently
  awk -F'\t' '{print $2}' "$dir/cold-$f.tsv" | median > "$dir/t"
  awk -F'\t' '{print $3}' "$dir/cold-$f.tsv" | median > "$dir/r"
  awk -F'\t' '{print $4}' "$dir/cold-$f.tsv" | median > "$dir/p"
  awk -F'\t' '{print $5}' "$dir/cold-$f.tsv" | median > "$dir/u"
  printf "%-28s %8s ms %8s MB %8s MB %8s MB\n" "$(head -1 "$dir/cold-$f.tsv" | cut -f1)" \
    "$(cat "$dir/t")" "$(cat "$dir/r")" "$(cat "$dir/p")" "$(cat "$dir/u")"
  echo "$f $(cat "$dir/t") $(cat "$dir/r") $(cat "$dir/p") $(cat "$dir/u")" >> "$dir/medians"
done
awk '{t[$1]=$2; r[$1]=$3; p[$1]=$4; u[$1]=$5}
  END {
    printf "recommended vs default: first call %.2fx faster, RSS %.0f%% lower, PSS %.0f%% lower, private %.0f%% lower\n",
      t["default"]/t["recommended"], 100*(1-r["recommended"]/r["default"]), 100*(1-p["recommended"]/p["default"]), 100*(1-u["recommended"]/u["default"])
    printf "recommended without its archive vs default: first call %.2fx faster, RSS %.0f%% lower, PSS %.0f%% lower, private %.0f%% lower\n",
      t["default"]/t["noarchive"], 100*(1-r["noarchive"]/r["default"]), 100*(1-p["noarchive"]/p["default"]), 100*(1-u["noarchive"]/u["default"])
  }' "$dir/medians"
echo "(medians of $cold_runs connections each; RSS counts shared libjvm/CDS pages in every backend, PSS shares them out, private is what each extra backend really adds)"
echo "recommended pljava.vmoptions: $recommended"
