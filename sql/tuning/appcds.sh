#!/usr/bin/env bash
# Builds an application class-data-sharing archive for PL/Java backends (Java 13+ dynamic CDS, as
# in PL/Java's docs: install/appcds.md "Setup for Hotspot, as of Java 13"), so each backend's JVM
# maps PL/Java's and the JDK's preparsed classes instead of loading them: a faster first call.
#
#   sql/tuning/appcds.sh ARCHIVE [psql connection options...]
#   e.g. sudo -u postgres sql/tuning/appcds.sh /var/lib/postgresql/15/pljava.jsa -d mydb
#
# ARCHIVE must be a path the server's OS user can write (the backend writes it when its JVM exits).
# Run as a superuser connection (pljava.vmoptions is set for this one session). Afterwards add
#   -XX:SharedArchiveFile=ARCHIVE
# to the pljava.vmoptions line in postgresql.conf; -Xshare:auto there means a backend that cannot map
# the archive carries on without it. Rebuild after any JDK, PL/Java or iin upgrade. The options are read
# from the line the install command wrote: $(pg_config --sharedir)/iin/pljava-vmoptions.conf.
set -euo pipefail
archive=${1:?usage: appcds.sh ARCHIVE [psql options]}
shift
installed="$(${PG_CONFIG:-pg_config} --sharedir)/iin/pljava-vmoptions.conf"
[ -r "$installed" ] || { echo "appcds.sh: no $installed: run java -jar iin-pljava.jar install first" >&2; exit 1; }
options=$(sed -n "s/^pljava.vmoptions = '\(.*\)'$/\1/p" "$installed")
# The sample run: start the JVM and exercise the functions (classes used get archived at exit).
psql -X -q -v ON_ERROR_STOP=1 "$@" <<SQL
SET pljava.vmoptions = '$options -XX:ArchiveClassesAtExit=$archive';
SELECT iin.iin_is_valid('900101300007'), iin.iin_error('x'), iin.iin_decode('900101300007'),
       iin.bin_decode('050940000000'), iin.iin_birth_date('900101300007');
SQL
for _ in $(seq 1 50); do [ -s "$archive" ] && break; sleep 0.2; done
if [ ! -s "$archive" ]; then
  echo "appcds.sh: no archive at $archive (is it writable by the server's OS user?)" >&2
  exit 1
fi
echo "archive written: $archive"
echo "now set: pljava.vmoptions = '$options -XX:SharedArchiveFile=$archive'"
