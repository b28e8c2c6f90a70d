-- Installs iin-pljava into the current database, or refreshes it in place; safe to run again.
--
--   psql -v jar_url=file:/absolute/path/iin-pljava.jar -d DB -f sql/install.sql
--
-- Run it as a superuser. The jar is read by the SERVER process, so the path must be readable by
-- the OS user that runs PostgreSQL. Everything happens in one transaction: on any error nothing is
-- left half-installed. Versioned pieces: iin--<version>.sql (fresh install) and
-- iin--<from>--<to>.sql (upgrades); see sql/UPGRADING.md. Never edit a released one.
\set ON_ERROR_STOP on
\set QUIET on

\if :{?jar_url}
\else
  \echo 'iin-pljava: no jar given. Usage: psql -v jar_url=file:/absolute/path/iin-pljava.jar -d DB -f sql/install.sql'
  DO $$ BEGIN RAISE EXCEPTION 'iin-pljava: psql variable jar_url is not set' USING ERRCODE = '22023'; END $$;
\endif

BEGIN;
-- Resolve nothing through the caller's search_path while installing.
SET LOCAL search_path = pg_catalog, pg_temp;

DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'iin-pljava: only a superuser may install it; % is not one', current_user
      USING ERRCODE = '42501';
  END IF;
END $$;

\set iin_jar_url :jar_url
SELECT
  EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'pljava') AS iin_has_pljava,
  EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'pljava') AS iin_pljava_available,
  coalesce(current_setting('pljava.libjvm_location', true), '') AS iin_libjvm,
  :'iin_jar_url' LIKE 'file:%' AS iin_jar_is_file,
  substr(:'iin_jar_url', 6) AS iin_jar_path
\gset

\if :iin_pljava_available
\else
  DO $$ BEGIN RAISE EXCEPTION 'iin-pljava: PL/Java is not installed on this server'
    USING HINT = 'Build PL/Java 1.6 for this PostgreSQL version and install it (java -jar pljava-pgNN.jar); see README "PostgreSQL (PL/Java)"'; END $$;
\endif

-- PL/Java reports a bad libjvm only as a WARNING followed by a generic error: say what to fix first.
SELECT CASE WHEN :'iin_libjvm' = '' THEN false
            ELSE (pg_catalog.pg_stat_file(:'iin_libjvm', true)).size IS NOT NULL END AS iin_libjvm_ok \gset
\if :iin_libjvm_ok
\else
  DO $$ BEGIN RAISE EXCEPTION 'iin-pljava: pljava.libjvm_location is unset or names no file on the server'
    USING HINT = 'ALTER DATABASE <db> SET pljava.libjvm_location TO ''<JDK 11+>/lib/server/libjvm.so'' (or set it in postgresql.conf), reconnect, run this script again'; END $$;
\endif

\if :iin_jar_is_file
  SELECT (pg_catalog.pg_stat_file(:'iin_jar_path', true)).size IS NOT NULL AS iin_jar_found \gset
  \if :iin_jar_found
  \else
    DO $$ BEGIN RAISE EXCEPTION 'iin-pljava: the jar named by jar_url does not exist on the server'
      USING HINT = 'jar_url must be file:<absolute path> readable by the PostgreSQL server''s OS user'; END $$;
  \endif
\endif

\if :iin_has_pljava
\else
  CREATE EXTENSION pljava;
\endif
-- Every role that calls a Java function needs USAGE on schema sqlj: PL/Java's class loader reads
-- sqlj.jar_repository as the calling role. PL/Java means to grant it (its InstallHelper does when
-- it creates the schema), but CREATE EXTENSION pljava 1.6.9 leaves sqlj without it, and then
-- ordinary roles fail with "permission denied for schema sqlj". Jars and class paths stay
-- protected by PL/Java's own owner checks (tested in sql/test/09_security.sql).
GRANT USAGE ON SCHEMA sqlj TO PUBLIC;

SELECT
  EXISTS (SELECT FROM sqlj.jar_repository WHERE jarname = 'iin_pljava') AS iin_jar_installed,
  EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'iin') AS iin_schema_exists
\gset

\if :iin_jar_installed
  SELECT iin.iin_pljava_version() AS iin_installed_version \gset
  SELECT :'iin_installed_version' = '0.1.0' AS iin_is_current \gset
  \if :iin_is_current
    -- Same version: refresh the classes only; the SQL objects stay (columns may use the domains).
    SELECT sqlj.replace_jar(:'iin_jar_url', 'iin_pljava', false) \gset iin_out_
    SELECT sqlj.set_classpath('iin', 'iin_pljava') \gset iin_out_
  \else
    -- Upgrades chain here, oldest first, e.g. \ir iin--0.1.0--0.2.0.sql when 0.2.0 exists.
    DO $$ BEGIN RAISE EXCEPTION 'iin-pljava: installed version is not one this script can upgrade'
      USING HINT = 'see sql/UPGRADING.md'; END $$;
  \endif
\elif :iin_schema_exists
  DO $$ BEGIN RAISE EXCEPTION 'iin-pljava: schema iin already exists but was not created by iin-pljava; refusing to adopt it'
    USING HINT = 'rename or drop that schema, then run this script again'; END $$;
\else
  \ir iin--0.1.0.sql
\endif

-- Install-time self-check: the JVM starts, the classes resolve, the rules answer as documented.
DO $$
BEGIN
  IF NOT iin.iin_is_valid('900101300007') OR iin.iin_is_valid('900101300008')
     OR iin.iin_error('90010130000') IS DISTINCT FROM 'WRONG_LENGTH'
     OR NOT iin.bin_is_valid(iin.bin_generate('2004-05-01', 'RESIDENT', 'HEAD_OFFICE', 1)) THEN
    RAISE EXCEPTION 'iin-pljava: self-check failed after install';
  END IF;
END $$;

COMMIT;
\unset QUIET
SELECT 'iin-pljava ' || iin.iin_pljava_version() || ' installed in schema iin' AS result;
