#!/usr/bin/env bash
# Throughput of batch `iin check --format tsv` against a trivial awk transform that writes a similar
# amount, on the same generated file, startup included (both through their usual entry: ./iin, awk).
# Then peak memory (RSS) for 1M and for 10M lines, to show it stays flat.
#
#   bench/cli/cli-throughput.sh            # 10,000,000 lines, best of 5 alternating runs each
#   LINES=2000000 RUNS=1 bench/cli/cli-throughput.sh
#   OUT=/dev/null bench/cli/cli-throughput.sh   # discard output instead of writing a file
#   AWK=gawk bench/cli/cli-throughput.sh        # compare with another awk (default: mawk, else the system's awk)
#   BASELINE_JAR=old/iin-cli.jar bench/cli/cli-throughput.sh  # also time an older build of the same command
#   CASES=0 BASELINE_JAR=... bench/cli/cli-throughput.sh       # without the decide --jsonl comparison
#
# With a baseline, both jars also run with the same plain JVM options (no class-data archive), best and median, and their
# startup (`--version`) is timed, so the figures split into startup and pipeline; then both decide the same
# $CASES cases (default 200,000, from bench/rules/make-cases.py) with `decide --jsonl`, best of 3 each.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
lines="${LINES:-10000000}"
runs="${RUNS:-5}"
awk_cmd="${AWK:-$(command -v mawk || echo awk)}"
baseline="${BASELINE_JAR:-}"
cases="${CASES:-200000}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
(( lines >= 1000000 && lines % 100000 == 0 )) || { echo "LINES must be a multiple of 100000, at least 1000000" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/iin-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
out="${OUT:-$work/out}"
iin="$root/iin"

"$iin" --version >/dev/null   # builds the jar first if needed, outside the timings

# 100,000 distinct lines made by the tool itself: 80% IINs (random birth dates and sexes), 10% IINs with a
# wrong check digit, 10% BINs; then repeated up to $lines.
{
  "$iin" generate --random --count 90000 --seed 1 --invalid-share 0.111111
  "$iin" generate --bin --random --count 10000 --seed 2
} > "$work/base.txt"
base_lines=$(wc -l < "$work/base.txt")
(( base_lines == 100000 )) || { echo "generated $base_lines base lines, expected 100000" >&2; exit 2; }
for ((i = 0; i < lines / 100000; i++)); do cat "$work/base.txt"; done > "$work/big.txt"
head -n 1000000 "$work/big.txt" > "$work/1m.txt"

# One timed run: "wall_seconds peak_rss_kb cpu_seconds"
timed() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$out" 2>/dev/null || true
  tail -n 1 "$work/time" | awk '{ print $1, $2, $3 + $4 }'
}

# best (lowest wall) of several runs; its RSS and CPU come along
best() { sort -n -k1,1 | head -n 1; }

# Correctness first: every line answered, nothing lost.
"$iin" check --format tsv -q "$work/1m.txt" > "$work/check.tsv" || true
got=$(($(wc -l < "$work/check.tsv") - 1))
(( got == 1000000 )) || { echo "iin answered $got of 1000000 lines" >&2; exit 1; }

# The two contenders alternate, so a busy moment on a shared machine hits both alike.
: > "$work/iin.runs"; : > "$work/awk.runs"; : > "$work/1m.runs"; : > "$work/base.runs"; : > "$work/jar.runs"
: > "$work/base.start"; : > "$work/jar.start"
jvm=(java -XX:+UseSerialGC -Xms8m -Xmx256m -XX:-UsePerfData)
for ((r = 0; r < runs; r++)); do
  timed "$iin" check --format tsv -q "$work/big.txt" >> "$work/iin.runs"
  timed "$awk_cmd" '{print $0 "\tIIN\ttrue\t\t1990-01-01\tM\t\t\t"}' "$work/big.txt" >> "$work/awk.runs"
  timed "$iin" check --format tsv -q "$work/1m.txt" >> "$work/1m.runs"
  if [[ -n "$baseline" ]]; then
    timed "${jvm[@]}" -jar "$baseline" check --format tsv -q "$work/big.txt" >> "$work/base.runs"
    timed "${jvm[@]}" -jar "$root/cli/target/iin-cli.jar" check --format tsv -q "$work/big.txt" >> "$work/jar.runs"
    timed "${jvm[@]}" -jar "$baseline" --version >> "$work/base.start"
    timed "${jvm[@]}" -jar "$root/cli/target/iin-cli.jar" --version >> "$work/jar.start"
  fi
done
read -r t_iin rss_iin cpu_iin < <(best < "$work/iin.runs")
read -r t_awk rss_awk cpu_awk < <(best < "$work/awk.runs")
read -r t_1m rss_1m cpu_1m < <(best < "$work/1m.runs")

# Lowest CPU time (user+sys) of the runs: on a loaded machine the wall time mostly measures the others.
cpu_best() { sort -n -k3,3 | head -n 1 | cut -d' ' -f3; }
# The median of column $1 (1 wall, 3 CPU): steadier than the best when the machine is shared.
median() { sort -n -k"$1","$1" | awk -v c="$1" '{ v[NR] = $c } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
c_iin=$(cpu_best < "$work/iin.runs"); c_awk=$(cpu_best < "$work/awk.runs")
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -n 1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$lines" -v ti="$t_iin" -v ta="$t_awk" -v ci="$cpu_iin" -v ca="$cpu_awk" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v r1="$rss_1m" -v rn="$rss_iin" -v t1="$t_1m" \
    -v awkname="$(readlink -f "$(command -v "$awk_cmd")" | sed 's#.*/##')" -v cores="$(nproc)" -v out="$out" -v cbi="$c_iin" -v cba="$c_awk" 'BEGIN {
  printf "iin check --format tsv vs %s, %d lines, best of runs, startup included, %d cores (load average %s), output to %s\n", awkname, n, cores, load, (out ~ /\/dev\/null/ ? "/dev/null" : "a file")
  printf "  iin check --format tsv  %7.2f s  %12.0f lines/s   (CPU user+sys %.2f s)\n", ti, n / ti, ci
  printf "  %-22s  %7.2f s  %12.0f lines/s   (CPU user+sys %.2f s)\n", awkname " transform", ta, n / ta, ca
  printf "  ratio iin/awk time      %7.2f   (<= 1.0 means at least as fast as awk)\n", ti / ta
  printf "  ratio iin/awk CPU time  %7.2f   (lowest user+sys of the runs: %.2f s vs %.2f s)\n", cbi / cba, cbi, cba
  printf "peak RSS of iin check: %d lines %.0f MB (%.2f s), 1000000 lines %.0f MB (%.2f s), ratio %.2f\n", n, rn / 1024, ti, r1 / 1024, t1, rn / r1
}'
if [[ -n "$baseline" && -s "$work/base.runs" ]]; then
  read -r t_base rss_base cpu_base < <(best < "$work/base.runs")
  read -r t_jar rss_jar cpu_jar < <(best < "$work/jar.runs")
  read -r s_base _ _ < <(best < "$work/base.start")
  read -r s_jar _ _ < <(best < "$work/jar.start")
  awk -v tb="$t_base" -v tj="$t_jar" -v cb="$(cpu_best < "$work/base.runs")" -v cj="$(cpu_best < "$work/jar.runs")" \
      -v rb="$rss_base" -v rj="$rss_jar" -v sb="$s_base" -v sj="$s_jar" -v jar="$baseline" -v runs="$runs" \
      -v mtb="$(median 1 < "$work/base.runs")" -v mtj="$(median 1 < "$work/jar.runs")" \
      -v mcb="$(median 3 < "$work/base.runs")" -v mcj="$(median 3 < "$work/jar.runs")" 'BEGIN {
    printf "same JVM options, no class-data archive, best of runs (wall; lowest CPU user+sys; peak RSS):\n"
    printf "  baseline %-28s %6.2f s  CPU %6.2f s  %4.0f MB   startup (--version) %.2f s, pipeline %.2f s\n", jar, tb, cb, rb / 1024, sb, tb - sb
    printf "  this build                          %6.2f s  CPU %6.2f s  %4.0f MB   startup (--version) %.2f s, pipeline %.2f s\n", tj, cj, rj / 1024, sj, tj - sj
    printf "  this build / baseline: time %.2f, CPU %.2f, pipeline %.2f\n", tj / tb, cj / cb, (tj - sj) / (tb - sb)
    printf "  medians of %d runs: baseline %.2f s (CPU %.2f s), this build %.2f s (CPU %.2f s); this build / baseline: time %.2f, CPU %.2f\n", runs, mtb, mcb, mtj, mcj, mtj / mtb, mcj / mcb
  }'
fi
if [[ -n "$baseline" ]] && (( cases > 0 )); then
  python3 "$root/bench/rules/make-cases.py" "$cases" > "$work/cases.jsonl"
  : > "$work/base.decide"; : > "$work/jar.decide"
  for ((r = 0; r < 3; r++)); do
    timed "${jvm[@]}" -jar "$baseline" decide --jsonl "$work/cases.jsonl" >> "$work/base.decide"
    timed "${jvm[@]}" -jar "$root/cli/target/iin-cli.jar" decide --jsonl "$work/cases.jsonl" >> "$work/jar.decide"
  done
  read -r d_base _ _ < <(best < "$work/base.decide")
  read -r d_jar _ _ < <(best < "$work/jar.decide")
  awk -v n="$cases" -v db="$d_base" -v dj="$d_jar" -v cb="$(cpu_best < "$work/base.decide")" \
      -v cj="$(cpu_best < "$work/jar.decide")" 'BEGIN {
    printf "decide --jsonl, %d cases, same JVM options, best of 3 (wall; lowest CPU user+sys):\n", n
    printf "  baseline   %6.2f s  CPU %6.2f s  %8.0f cases/s\n", db, cb, n / db
    printf "  this build %6.2f s  CPU %6.2f s  %8.0f cases/s\n", dj, cj, n / dj
    printf "  this build / baseline: time %.2f, CPU %.2f\n", dj / db, cj / cb
  }'
fi
