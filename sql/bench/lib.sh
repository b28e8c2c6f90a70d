# Shared by the bench scripts: the iin extension installed the way a DBA installs it (the jar's install
# command, as root), and a private cluster started and always removed by the one throwaway-cluster helper
# (pg-cluster). Source it, then call start_cluster [extra postgresql.conf lines...].
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${IIN_PLJAVA_JAR:-$root/pljava-ext/target/iin-pljava.jar}
cluster_jar=${IIN_PG_CLUSTER_JAR:-$root/pg-cluster/target/iin-pg-cluster.jar}
pg_config=${PG_CONFIG:-$(command -v pg_config || echo /usr/lib/postgresql/15/bin/pg_config)}
bin=$("$pg_config" --bindir)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
java="$java_home/bin/java"

psql_() { "$bin/psql" -X -h "$dir" -p "$port" -U postgres "$@"; }

start_cluster() {
  for f in "$jar" "$cluster_jar"; do
    [ -r "$f" ] || { echo "no $f; build it: mvn -B -q -DskipTests package -pl pljava-ext -am" >&2; exit 1; }
  done
  # The extension files, exactly as a DBA installs them; the last line is the postgresql.conf line.
  installed=$("$java" -jar "$jar" install --pg-config "$pg_config") || exit 1
  conf_line=$(echo "$installed" | tail -1)
  # Its options, and the class-path part alone (PL/Java's defaults plus what the extension needs).
  recommended=$(echo "$conf_line" | sed -n "s/^pljava.vmoptions = '\(.*\)'$/\1/p")
  classpath_only=$(echo "$recommended" | grep -o -- '-Djava.class.path=[^ ]*')
  local started
  started=$(PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" start "$conf_line" "shared_buffers = 256MB" \
    "max_wal_size = 4GB" "$@") || exit 1
  eval "$started"
  dir=$IIN_PG_DIR
  port=$PGPORT
  trap 'PG_CONFIG="$pg_config" "$java" -jar "$cluster_jar" stop "$dir"' EXIT
  psql_ -q -c "CREATE DATABASE bench"
  psql_ -q -d bench -c "SET client_min_messages = error; CREATE EXTENSION iin CASCADE"
}

print_versions() {
  echo "== versions"
  psql_ -d bench -At -c "SELECT version()"
  psql_ -d bench -At -c "SELECT 'PL/Java ' || extversion FROM pg_extension WHERE extname = 'pljava'"
  psql_ -d bench -At -c "SELECT 'extension iin ' || extversion FROM pg_extension WHERE extname = 'iin'"
  echo "Java: $("$java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f MB", $2 / 1024}' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
}
