# Shared by the bench scripts: the iin extension installed the way a DBA installs it (the jar's install
# command, as root), and a private cluster started and always removed by the one throwaway-cluster helper
# (pg-cluster). Source it, then call start_cluster [extra postgresql.conf lines...].
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${IIN_PLJAVA_JAR:-$root/pljava-ext/target/iin-pljava.jar}
cluster_jar=${IIN_PG_CLUSTER_JAR:-$root/pg-cluster/target/iin-pg-cluster.jar}
pg_config=${PG_CONFIG:-$(command -v pg_config || echo /usr/lib/postgresql/15/bin/pg_config)}

# --help (or -h) as the calling script's first argument: its header comment, and the files it would use.
if [[ "${1:-}" == --help || "${1:-}" == -h ]]; then
  sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"
  for f in "$jar" "$cluster_jar" "$pg_config"; do
    [ -r "$f" ] && echo "uses $f" || echo "uses $f (missing)"
  done
  exit 0
fi
bin=$("$pg_config" --bindir)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
java="$java_home/bin/java"

psql_() { "$bin/psql" -X -h "$dir" -p "$port" -U postgres "$@"; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

fresh_ms() { # options, SQL to time -> milliseconds, measured in a new connection
  psql_ -d bench -q -v ON_ERROR_STOP=1 2>&1 <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
SET client_min_messages = error;
SET pljava.vmoptions = '$1';
\timing on
$2
SQL
}
# The CHECK a bench table's column has, by kind: none, the extension's function, the PL/pgSQL reference.
check_of() { case $1 in none) echo "length(iin) = 12" ;; java) echo "iin.iin_is_valid(iin)" ;; *) echo "bench.plpgsql_iin_is_valid(iin)" ;; esac; }

start_cluster() {
  for f in "$jar" "$cluster_jar"; do
    [ -r "$f" ] || { echo "no $f; build it: mvn -B -q -DskipTests package -pl pljava-ext -am" >&2; exit 1; }
  done
  # The jar and its class-data archive once more into a private share directory with copies of PL/Java's
  # jars, and the server told to use those (pljava.module_path): other builds on this machine install and
  # remove the shared copy, which must not change the line under a running bench. The last line the
  # install command prints is the postgresql.conf line.
  private_share=$(mktemp -d /tmp/iin-bench-share-XXXXXX)
  chmod 755 "$private_share"
  local sharedir pljava_version
  sharedir=$("$pg_config" --sharedir)
  pljava_version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$sharedir/extension/pljava.control")
  mkdir -p "$private_share/share/extension" "$private_share/share/pljava"
  cp "$sharedir/extension/pljava.control" "$private_share/share/extension/"
  cp -p "$sharedir/pljava/pljava-$pljava_version.jar" "$sharedir/pljava/pljava-api-$pljava_version.jar" "$private_share/share/pljava/"
  printf '#!/bin/sh\ncase "$1" in --sharedir) echo %s ;; --version) %s --version ;; *) exit 1 ;; esac\n' \
    "$private_share/share" "$pg_config" > "$private_share/pg_config"
  chmod -R a+rX "$private_share"
  chmod 755 "$private_share/pg_config"
  installed=$("$java" -jar "$jar" install --pg-config "$private_share/pg_config") || exit 1
  conf_line=$(echo "$installed" | tail -1)
  module_path="pljava.module_path = '$private_share/share/pljava/pljava-$pljava_version.jar:$private_share/share/pljava/pljava-api-$pljava_version.jar'"
  # Its options, and the class-path part alone (PL/Java's defaults plus what the extension needs).
  recommended=$(echo "$conf_line" | sed -n "s/^pljava.vmoptions = '\(.*\)'$/\1/p")
  classpath_only=$(echo "$recommended" | grep -o -- '-Djava.class.path=[^ ]*')
  local started
  started=$(PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" start "$conf_line" "$module_path" "shared_buffers = 256MB" \
    "max_wal_size = 4GB" "$@") || exit 1
  eval "$started"
  dir=$IIN_PG_DIR
  port=$PGPORT
  trap 'PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" stop "$dir"; rm -rf "$private_share"' EXIT
  psql_ -q -c "CREATE DATABASE bench"
  # The extension files, exactly as a DBA installs them (CREATE EXTENSION reads them from PostgreSQL's own
  # share directory; another build may remove them in between: then once more).
  local attempt
  for attempt in 1 2 3; do
    "$java" -jar "$jar" install --pg-config "$pg_config" >/dev/null || exit 1
    psql_ -q -d bench -c "SET client_min_messages = error; CREATE EXTENSION iin CASCADE" && break
    [ "$attempt" -lt 3 ] || exit 1
  done
}

print_versions() {
  echo "== versions"
  psql_ -d bench -At -c "SELECT version()"
  psql_ -d bench -At -c "SELECT 'PL/Java ' || extversion FROM pg_extension WHERE extname = 'pljava'"
  psql_ -d bench -At -c "SELECT 'extension iin ' || extversion FROM pg_extension WHERE extname = 'iin'"
  echo "Java: $("$java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f MB", $2 / 1024}' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
}
