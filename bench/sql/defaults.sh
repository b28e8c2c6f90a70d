#!/usr/bin/env bash
# Is the line the install command prints the right default? One run, one private cluster (started and
# always removed here), every figure the choice rests on, and the targets judged on them:
#   1. per row, warm (ROWS rows, one backend, best of 3, ROUNDS alternating rounds): scan only, a PL/Java
#      function that ignores its argument, iin_is_valid, the same rules in PL/pgSQL; for the printed line
#      and the one-option alternative on the compiler;
#   2. first call in a new connection and private memory per backend after it (medians of COLD_RUNS), for
#      the printed line and its alternatives; "alone" is the only backend with a JVM (its libjvm and
#      archive pages count as its own), "2nd" has a companion backend with the same line (those shared
#      pages do not count: what each further backend adds);
#   3. the fresh-session bulk load: COPY ROWS rows into the domain column, and VALIDATE CONSTRAINT over
#      ROWS rows, each in a new connection (JVM start and warm-up included; medians of RUNS), against
#      PL/pgSQL.
# Needs PostgreSQL with PL/Java, a JDK, the built jars (mvn -B -q -DskipTests package -pl pljava-ext -am);
# installs the extension files (root), as a DBA does.
#
#   bench/sql/defaults.sh [ROWS]     ROWS 1000000; ROUNDS (2), COLD_RUNS (7), RUNS (3) override;
#   ALSO='label|options;...' adds alternatives: the printed line plus those options
set -euo pipefail
rows=${1:-1000000}
rounds=${ROUNDS:-2}
cold_runs=${COLD_RUNS:-7}
runs=${RUNS:-3}
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
start_cluster "fsync = off" "synchronous_commit = off" "max_parallel_workers_per_gather = 0" "jit = off"
mkdir "$dir/noop" "$dir/work"
javac -d "$dir/noop" "$here/Noop.java"
(cd "$dir/noop" && jar cf "$dir/noop.jar" bench)
chmod 644 "$dir"/*.jar
chmod 777 "$dir/work"
print_versions
echo
echo "printed line: pljava.vmoptions = '$recommended'"

# The alternatives, each one option away from the printed line.
declare -A line
order=(printed)
line[printed]=$recommended
if [[ $recommended == *-XX:TieredStopAtLevel=1* ]]; then
  compiler_alternative="C2 allowed"
  line[$compiler_alternative]=${recommended/ -XX:TieredStopAtLevel=1/}
else
  compiler_alternative="C1 only"
  line[$compiler_alternative]="$recommended -XX:TieredStopAtLevel=1"
fi
order+=("$compiler_alternative")
if [[ $recommended == *-XX:SharedArchiveFile=* ]]; then
  line["no archive"]=$(echo "$recommended" | sed 's/ -XX:SharedArchiveFile=[^ ]*//')
  order+=("no archive")
fi
line["PL/Java defaults"]=$classpath_only
order+=("PL/Java defaults")
IFS=';' read -r -a also <<< "${ALSO:-}"
for a in "${also[@]}"; do
  [ -n "$a" ] || continue
  line[${a%%|*}]="$recommended ${a#*|}"
  order+=("${a%%|*}")
done
for v in "${order[@]}"; do [ "$v" = printed ] || echo "  $v: ${line[$v]/$recommended/(printed)}"; done

psql_ -d bench -q -v rows="$rows" -v noop_url="file:$dir/noop.jar" -v copy_file="$dir/work/iins.txt" \
  -f "$here/defaults-setup.sql" 2>&1 | grep -v '^$'

echo
echo "== 1. per row, warm: $rows rows, best of 3, $rounds rounds alternating (load $(cut -d' ' -f1-3 /proc/loadavg))"
warm() { # options -> "scan noop iin plpgsql" in ms
  local out
  out=$(psql_ -d bench -At -q -F ' ' -v ON_ERROR_STOP=1 2>&1 <<SQL
SET client_min_messages = error;
SET max_parallel_workers_per_gather = 0;
SET pljava.vmoptions = '$1';
SELECT count(*) FILTER (WHERE iin.iin_is_valid(s)) + count(*) FILTER (WHERE bench.noop_bool(s)) FROM bench.mixed;
SELECT bench.best_ms('SELECT count(*) FILTER (WHERE s IS NOT NULL) FROM bench.mixed'),
       bench.best_ms('SELECT count(*) FILTER (WHERE bench.noop_bool(s)) FROM bench.mixed'),
       bench.best_ms('SELECT count(*) FILTER (WHERE iin.iin_is_valid(s)) FROM bench.mixed'),
       bench.best_ms('SELECT count(*) FILTER (WHERE bench.plpgsql_iin_is_valid(s)) FROM bench.mixed');
SQL
)
  out=$(echo "$out" | tail -1)
  [[ $out =~ ^[0-9.]+\ [0-9.]+\ [0-9.]+\ [0-9.]+$ ]] || { echo "defaults.sh: the warm run failed: $out" >&2; exit 1; }
  echo "$out"
}
for r in $(seq 1 "$rounds"); do
  for v in printed "$compiler_alternative"; do
    w=$(warm "${line[$v]}")
    echo "$v|$w" >> "$dir/warm"
  done
done
printf "%-18s %9s %11s %13s %11s %15s %18s\n" "pljava.vmoptions" "scan" "do-nothing" "iin_is_valid" "PL/pgSQL" "iin/do-nothing" "PL/pgSQL/iin"
for v in printed "$compiler_alternative"; do
  # best per column over the rounds, in µs per row
  grep -F "$v|" "$dir/warm" | cut -d'|' -f2 | awk -v v="$v" -v n="$rows" '
    NR == 1 {s=$1; d=$2; i=$3; p=$4}
    {if ($1<s) s=$1; if ($2<d) d=$2; if ($3<i) i=$3; if ($4<p) p=$4}
    END {printf "%-18s %6.3f µs %8.3f µs %10.3f µs %8.3f µs %14.2fx %17.2fx\n", v, s*1000/n, d*1000/n, i*1000/n, p*1000/n, i/d, p/i}' \
    | tee -a "$dir/warm-summary"
done

echo
echo "== 2. first call in a new connection, private memory per backend after it (medians of $cold_runs; load $(cut -d' ' -f1-3 /proc/loadavg))"
first_call() { # options -> "ms private_kB pss_kB" for a new backend's first iin_is_valid call
  psql_ -d bench -q 2>&1 <<SQL | awk '/^Time:/ {t=$2} /^MEM/ {u=$2; p=$3} END {printf "%.0f %d %d\n", t, u, p}'
SET client_min_messages = error;
SELECT pg_backend_pid() AS pid \gset
\setenv BPID :pid
SET pljava.vmoptions = '$1';
\timing on
SELECT iin.iin_is_valid('900101300007');
\timing off
\! awk '/^Pss:/ {p=\$2} /^Private_(Clean|Dirty):/ {u+=\$2} END {print "MEM", u, p}' /proc/\$BPID/smaps_rollup
SQL
}
with_companion() { # options -> as first_call, while another backend with the same options holds its JVM
  PGAPPNAME=companion psql_ -d bench -q -c "SET client_min_messages = error" -c "SET pljava.vmoptions = '$1'" \
    -c "SELECT iin.iin_is_valid('900101300007')" -c "SELECT pg_sleep(600)" >/dev/null 2>&1 &
  local companion=$! i
  for i in $(seq 1 300); do
    [ "$(psql_ -d bench -Atc "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'companion' AND wait_event = 'PgSleep'")" = 1 ] && break
    sleep 0.1
  done
  first_call "$1"
  psql_ -d bench -Atqc "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'companion'" >/dev/null
  wait "$companion" || true
}
for r in $(seq 1 "$cold_runs"); do
  for v in "${order[@]}"; do
    echo "$v|$(first_call "${line[$v]}")|$(with_companion "${line[$v]}")" >> "$dir/cold"
  done
done
printf "%-18s %11s %16s %12s %16s\n" "pljava.vmoptions" "first call" "private, alone" "PSS, alone" "private, 2nd"
for v in "${order[@]}"; do
  grep -F "$v|" "$dir/cold" | cut -d'|' -f2 | cut -d' ' -f1 | median > "$dir/t"
  grep -F "$v|" "$dir/cold" | cut -d'|' -f2 | cut -d' ' -f2 | median > "$dir/u"
  grep -F "$v|" "$dir/cold" | cut -d'|' -f2 | cut -d' ' -f3 | median > "$dir/p"
  grep -F "$v|" "$dir/cold" | cut -d'|' -f3 | cut -d' ' -f2 | median > "$dir/u2"
  awk -v v="$v" -v t="$(cat "$dir/t")" -v u="$(cat "$dir/u")" -v p="$(cat "$dir/p")" -v u2="$(cat "$dir/u2")" \
    'BEGIN {printf "%-18s %8s ms %13.1f MB %9.1f MB %13.1f MB\n", v, t, u / 1000, p / 1000, u2 / 1000}'
  echo "$v|$(cat "$dir/t") $(cat "$dir/u") $(cat "$dir/u2")" >> "$dir/cold-summary"
done
echo "(MB = 1000 kB of /proc/PID/smaps_rollup: private = Private_Clean + Private_Dirty)"

echo
echo "== 3. fresh-session bulk load: COPY $rows rows into the domain, VALIDATE CONSTRAINT over $rows rows (medians of $runs; load $(cut -d' ' -f1-3 /proc/loadavg))"
bulk() { # label, kind (none|java|plpgsql), options -> appends "label copy validate"
  local copy validate
  psql_ -d bench -q -c "TRUNCATE bench.load_$2"
  copy=$(fresh_ms "$3" "COPY bench.load_$2 FROM '$dir/work/iins.txt';")
  PGOPTIONS="-c client_min_messages=warning" psql_ -d bench -q -c "ALTER TABLE bench.validate_$2 DROP CONSTRAINT IF EXISTS v" \
    -c "ALTER TABLE bench.validate_$2 ADD CONSTRAINT v CHECK ($(check_of "$2")) NOT VALID"
  validate=$(fresh_ms "$3" "ALTER TABLE bench.validate_$2 VALIDATE CONSTRAINT v;")
  echo "$1|$copy $validate" >> "$dir/bulk"
}
bulk_order=("no check" "PL/pgSQL" printed "$compiler_alternative" "PL/Java defaults")
for r in $(seq 1 "$runs"); do
  bulk "no check" none ""
  bulk "PL/pgSQL" plpgsql ""
  for v in printed "$compiler_alternative" "PL/Java defaults"; do bulk "$v" java "${line[$v]}"; done
done
printf "%-18s %11s %11s %21s %21s\n" "check" "COPY" "VALIDATE" "COPY vs PL/pgSQL" "VALIDATE vs PL/pgSQL"
for v in "${bulk_order[@]}"; do
  c=$(grep -F "$v|" "$dir/bulk" | cut -d'|' -f2 | cut -d' ' -f1 | median)
  va=$(grep -F "$v|" "$dir/bulk" | cut -d'|' -f2 | cut -d' ' -f2 | median)
  echo "$v $c $va" >> "$dir/bulk-summary"
done
awk '{l=$0; sub(/ [^ ]+ [^ ]+$/, "", l); c[NR]=$(NF-1); v[NR]=$NF; n[NR]=l; if (l == "PL/pgSQL") {pc=$(NF-1); pv=$NF}}
  END {for (i = 1; i <= NR; i++) {
         lab = (n[i] == "no check" || n[i] == "PL/pgSQL") ? n[i] : "iin.iin, " n[i]
         printf "%-26s %8.0f ms %8.0f ms %19.2fx %20.2fx\n", lab, c[i], v[i], pc / c[i], pv / v[i]}}' "$dir/bulk-summary"
echo "(no check: COPY into a text column, VALIDATE of CHECK (length(iin) = 12); x = times faster than PL/pgSQL)"

echo
echo "== targets for the printed line (load $(cut -d' ' -f1-3 /proc/loadavg))"
judge() { awk -v label="$1" -v got="$2" -v op="$3" -v goal="$4" -v unit="$5" 'BEGIN {
  met = (op == ">=") ? got >= goal : got <= goal
  printf "%-52s %9s%s  %s %s%s  %s\n", label, got, unit, op, goal, unit, met ? "MET" : "MISSED"}'; }
read -r _ _ _ _ ratio_noop ratio_plpgsql < <(grep '^printed ' "$dir/warm-summary" | tr -d 'xµs' | awk '{print $1, $2, $3, $4, $6, $7}')
read -r t u u2 < <(grep '^printed|' "$dir/cold-summary" | cut -d'|' -f2)
read -r pc pv < <(awk '$1 == "PL/pgSQL" {print $2, $3}' "$dir/bulk-summary")
read -r jc jv < <(awk '$1 == "printed" {print $2, $3}' "$dir/bulk-summary")
judge "per row: iin_is_valid / do-nothing PL/Java" "$ratio_noop" "<=" 1.2 x
judge "per row: PL/pgSQL / iin_is_valid" "$ratio_plpgsql" ">=" 3 x
judge "first call in a new connection" "$t" "<=" 250 " ms"
# What each further backend adds (a single backend's own libjvm and archive pages are shared with the next).
judge "private memory per backend after it (2nd backend)" "$(awk -v u="$u2" 'BEGIN {printf "%.1f", u / 1000}')" "<=" 32 " MB"
judge "private memory per backend after it (alone)" "$(awk -v u="$u" 'BEGIN {printf "%.1f", u / 1000}')" "<=" 32 " MB"
judge "fresh-session COPY: PL/pgSQL / iin.iin" "$(awk -v a="$pc" -v b="$jc" 'BEGIN {printf "%.2f", a / b}')" ">=" 2 x
judge "fresh-session VALIDATE: PL/pgSQL / iin.iin" "$(awk -v a="$pv" -v b="$jv" 'BEGIN {printf "%.2f", a / b}')" ">=" 2 x
