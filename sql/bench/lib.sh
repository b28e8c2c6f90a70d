# Shared by the bench scripts: a private PostgreSQL cluster with PL/Java and iin-pljava installed,
# in a temp dir that is always removed. Source it, then call start_cluster [extra conf lines...].
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${IIN_PLJAVA_JAR:-$root/pljava-ext/target/iin-pljava.jar}
pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
bin=$("$pg_config" --bindir)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
libjvm=${PLJAVA_LIBJVM:-$java_home/lib/server/libjvm.so}
recommended=$(sed -n "s/^pljava.vmoptions = '\(.*\)'$/\1/p" "$root/sql/tuning/pljava-vmoptions.conf")

as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_() { "$bin/psql" -X -h "$dir" -p "$port" -U postgres "$@"; }

start_cluster() {
  [ -r "$jar" ] || { echo "no jar at $jar; build it: mvn -B package -pl pljava-ext" >&2; exit 1; }
  ls "$("$pg_config" --pkglibdir)"/libpljava-so-*.so >/dev/null 2>&1 \
    || { echo "PL/Java is not installed for $("$pg_config" --version)" >&2; exit 1; }
  dir=$(mktemp -d /tmp/iin-pljava-bench.XXXXXX)
  chmod 755 "$dir"
  trap 'as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cp "$jar" "$dir/iin-pljava.jar"
  chmod 644 "$dir/iin-pljava.jar"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_server "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  {
    echo "listen_addresses = ''"
    echo "port = $port"
    echo "unix_socket_directories = '$dir'"
    echo "shared_buffers = 256MB"
    echo "max_wal_size = 4GB"
    echo "pljava.libjvm_location = '$libjvm'"
    for line in "$@"; do echo "$line"; done
  } >> "$dir/data/postgresql.conf"
  as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
  psql_ -q -c "CREATE DATABASE bench"
  psql_ -q -d bench -v jar_url="file:$dir/iin-pljava.jar" -f "$root/sql/install.sql" >/dev/null 2>&1 \
    || { psql_ -d bench -v jar_url="file:$dir/iin-pljava.jar" -f "$root/sql/install.sql"; exit 1; }
}

print_versions() {
  echo "== versions"
  psql_ -d bench -At -c "SELECT version()"
  psql_ -d bench -At -c "SELECT 'PL/Java ' || extversion FROM pg_extension WHERE extname = 'pljava'"
  echo "Java: $("$java_home/bin/java" -version 2>&1 | head -1)"
  echo "iin-pljava: $(psql_ -d bench -At -c 'SELECT iin.iin_pljava_version()')"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f MB", $2 / 1024}' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
}
