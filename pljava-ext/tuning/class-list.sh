#!/usr/bin/env bash
# Regenerates pljava-ext/tuning/pljava-classes.lst: the JDK and PL/Java classes a backend's JVM loads for the
# extension's first calls, as -XX:DumpLoadedClassList writes them in a real backend on a private cluster
# (started and removed here). The install command archives these plus every class of iin-pljava.jar
# (so this jar's own classes are left out of the list). Run it after a JDK or PL/Java upgrade; build first:
# mvn -B -q -DskipTests package -pl pljava-ext -am. Root, like the other scripts in bench/sql.
#
#   pljava-ext/tuning/class-list.sh
set -euo pipefail
source "$(cd "$(dirname "$0")/../../bench/sql" && pwd)/lib.sh"
list_out="$root/pljava-ext/tuning/pljava-classes.lst"
start_cluster
work=$(mktemp -d)
trap 'rm -rf "$work" "$private_share"; PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" stop "$dir"' EXIT
chmod 777 "$work"
# The session a pooled application and a bulk load make: each function, an error, a domain refusing a row.
psql_ -d bench -q -v ON_ERROR_STOP=0 >/dev/null 2>&1 <<SQL
SET client_min_messages = error;
SET pljava.vmoptions = '$recommended -XX:DumpLoadedClassList=$work/classes.lst';
SELECT iin.iin_is_valid('900101300007'), iin.iin_error('x'), iin.iin_decode('900101300007'),
       iin.bin_decode('050940000000'), iin.iin_birth_date('900101300007'), iin.bin_is_valid('050940000000');
CREATE TEMP TABLE t (i iin.iin);
INSERT INTO t VALUES ('900101300007');
INSERT INTO t VALUES ('900101300008');
SELECT iin.iin_birth_date('900101300008');
SQL
for _ in $(seq 1 50); do [ -s "$work/classes.lst" ] && break; sleep 0.2; done
[ -s "$work/classes.lst" ] || { echo "class-list.sh: the backend wrote no class list" >&2; exit 1; }
{
  echo "# The JDK and PL/Java classes a backend loads for the iin extension's first calls (-XX:DumpLoadedClassList"
  echo "# in a real backend: $("$java" -version 2>&1 | head -1), $(psql_ -d bench -At -c "SELECT 'PL/Java ' || extversion FROM pg_extension WHERE extname = 'pljava'"))."
  echo "# Made by pljava-ext/tuning/class-list.sh; the install command adds every class of iin-pljava.jar and archives them."
  grep -v '^#' "$work/classes.lst" | grep -v 'kz/iin/'
} > "$list_out"
echo "wrote $list_out: $(grep -vc '^#' "$list_out") entries"
