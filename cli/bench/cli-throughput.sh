#!/usr/bin/env bash
# Throughput of batch `iin check --format tsv` against a trivial awk transform that writes a similar
# amount, on the same generated file, startup included (both through their usual entry: ./iin, awk).
# Then peak memory (RSS) for 1M and for 10M lines, to show it stays flat.
#
#   cli/bench/cli-throughput.sh            # 10,000,000 lines, best of 5 alternating runs each
#   LINES=2000000 RUNS=1 cli/bench/cli-throughput.sh
#   OUT=/dev/null cli/bench/cli-throughput.sh   # discard output instead of writing a file
#   AWK=gawk cli/bench/cli-throughput.sh        # compare with another awk (default: the system's awk)
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
lines="${LINES:-10000000}"
runs="${RUNS:-5}"
awk_cmd="${AWK:-awk}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
(( lines >= 1000000 && lines % 100000 == 0 )) || { echo "LINES must be a multiple of 100000, at least 1000000" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/iin-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
out="${OUT:-$work/out}"
iin="$root/iin"

"$iin" --version >/dev/null   # builds the jar first if needed, outside the timings

# 100,000 distinct lines made by the tool itself: 80% IINs over several birth dates, 10% BINs,
# 10% IINs with a wrong check digit; then repeated up to $lines.
{
  for d in 1990-01-31 1985-07-15 2001-12-01 1972-02-29 1999-09-09 1961-05-20 2010-10-10 1948-03-08; do
    "$iin" generate --birth-date "$d" --sex M --count 5000
    "$iin" generate --birth-date "$d" --sex F --count 5000
  done
  "$iin" generate --bin --registered 2007-09 --type RESIDENT --division BRANCH --count 10000
  { "$iin" generate --birth-date 1977-11-11 --sex F --count 5000
    "$iin" generate --birth-date 1977-11-11 --sex M --count 5000
  } | awk '{ print substr($0, 1, 11) (substr($0, 12, 1) + 1) % 10 }'   # wrong check digit
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
: > "$work/iin.runs"; : > "$work/awk.runs"; : > "$work/1m.runs"
for ((r = 0; r < runs; r++)); do
  timed "$iin" check --format tsv -q "$work/big.txt" >> "$work/iin.runs"
  timed "$awk_cmd" '{print $0 "\tIIN\ttrue\t\t1990-01-01\tM\t\t\t"}' "$work/big.txt" >> "$work/awk.runs"
  timed "$iin" check --format tsv -q "$work/1m.txt" >> "$work/1m.runs"
done
read -r t_iin rss_iin cpu_iin < <(best < "$work/iin.runs")
read -r t_awk rss_awk cpu_awk < <(best < "$work/awk.runs")
read -r t_1m rss_1m cpu_1m < <(best < "$work/1m.runs")

awk -v n="$lines" -v ti="$t_iin" -v ta="$t_awk" -v ci="$cpu_iin" -v ca="$cpu_awk" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v r1="$rss_1m" -v rn="$rss_iin" -v t1="$t_1m" \
    -v awkname="$(readlink -f "$(command -v "$awk_cmd")" | sed 's#.*/##')" -v cores="$(nproc)" -v out="$out" 'BEGIN {
  printf "iin check --format tsv vs %s, %d lines, best of runs, startup included, %d cores (load average %s), output to %s\n", awkname, n, cores, load, (out ~ /\/dev\/null/ ? "/dev/null" : "a file")
  printf "  iin check --format tsv  %7.2f s  %12.0f lines/s   (CPU user+sys %.2f s)\n", ti, n / ti, ci
  printf "  %-22s  %7.2f s  %12.0f lines/s   (CPU user+sys %.2f s)\n", awkname " transform", ta, n / ta, ca
  printf "  ratio iin/awk time      %7.2f   (<= 1.0 means at least as fast as awk)\n", ti / ta
  printf "peak RSS of iin check: %d lines %.0f MB (%.2f s), 1000000 lines %.0f MB (%.2f s), ratio %.2f\n", n, rn / 1024, ti, r1 / 1024, t1, rn / r1
}'
