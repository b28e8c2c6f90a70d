\echo Use "ALTER EXTENSION iin UPDATE TO '0.3.0'" to load this file. \quit
-- iin 0.2.0 -> 0.3.0: adds iin.iin_kind(text). RELEASED: never edit. Makes an installed 0.2.0 exactly what
-- iin--0.3.0.sql creates (UpgradeIT compares the catalogs). Java methods named by released AS strings stay:
-- during a rolling upgrade old and new backends share the class path.
CREATE OR REPLACE FUNCTION iin.iin_pljava_version() RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT ''0.3.0''::text';
CREATE FUNCTION iin.iin_kind(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.TaxpayerIdFunctions.kind(java.lang.String)';
COMMENT ON FUNCTION iin.iin_kind(text) IS 'IIN or BIN when s is strictly valid as the kind its 5th digit names (0-3 IIN, 4-6 BIN), NULL otherwise. Never raises';
