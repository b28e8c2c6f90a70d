-- Removes iin-pljava from the current database: psql -d DB -f sql/uninstall.sql (as a superuser).
--
-- Runs the REMOVE actions of the jar's deployment descriptor (sqlj.remove_jar(..., undeploy =>
-- true)), which drop schema iin and everything in it WITHOUT CASCADE. While a table column has type
-- iin.iin / iin.bin, or a constraint or index calls an iin function, nothing is removed and the
-- error lists those objects: change or drop them first. The pljava extension itself stays (other
-- code may use it): DROP EXTENSION pljava separately if wanted. Safe to run again.
\set ON_ERROR_STOP on
\set QUIET on
BEGIN;
SET LOCAL search_path = pg_catalog, pg_temp;

DO $$
DECLARE
  users text;
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'iin-pljava: only a superuser may uninstall it; % is not one', current_user
      USING ERRCODE = '42501';
  END IF;
  -- Objects outside schema iin that depend on something inside it.
  SELECT string_agg(DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid), '; ')
    INTO users
    FROM pg_depend d
   WHERE d.deptype = 'n'
     AND ((d.refclassid = 'pg_proc'::regclass
           AND d.refobjid IN (SELECT oid FROM pg_proc WHERE pronamespace = 'iin'::regnamespace))
       OR (d.refclassid = 'pg_type'::regclass
           AND d.refobjid IN (SELECT oid FROM pg_type WHERE typnamespace = 'iin'::regnamespace)))
     AND NOT (d.classid = 'pg_proc'::regclass
              AND d.objid IN (SELECT oid FROM pg_proc WHERE pronamespace = 'iin'::regnamespace))
     AND NOT (d.classid = 'pg_type'::regclass
              AND d.objid IN (SELECT oid FROM pg_type WHERE typnamespace = 'iin'::regnamespace))
     AND NOT (d.classid = 'pg_constraint'::regclass
              AND d.objid IN (SELECT oid FROM pg_constraint WHERE connamespace = 'iin'::regnamespace));
  IF users IS NOT NULL THEN
    RAISE EXCEPTION 'iin-pljava is still in use; nothing was removed'
      USING ERRCODE = '2BP01', DETAIL = 'used by: ' || users,
            HINT = 'drop those objects or change their columns to text (ALTER TABLE ... ALTER COLUMN ... TYPE text), then run this again';
  END IF;
EXCEPTION WHEN invalid_schema_name THEN
  NULL; -- schema iin does not exist: nothing of ours depends on it
END $$;

SELECT to_regclass('sqlj.jar_repository') IS NOT NULL AS iin_has_sqlj \gset
\set iin_jar_installed false
\if :iin_has_sqlj
  SELECT EXISTS (SELECT FROM sqlj.jar_repository WHERE jarname = 'iin_pljava') AS iin_jar_installed \gset
\endif
\if :iin_jar_installed
  SELECT sqlj.remove_jar('iin_pljava', true) \gset iin_out_
\endif
COMMIT;
\unset QUIET
SELECT 'iin-pljava removed' AS result;
