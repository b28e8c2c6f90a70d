\echo Use "CREATE EXTENSION iin" to load this file. \quit
-- iin 0.2.0: fresh install of the extension. RELEASED: never edit; a later version adds iin--0.2.0--X.sql.
-- Run by CREATE EXTENSION iin [CASCADE] (superuser). The Java classes come from iin-pljava.jar on
-- the JVM's launch-time class path (-Djava.class.path in pljava.vmoptions, set cluster-wide in
-- postgresql.conf): nothing is stored in sqlj, so pg_dump, pg_restore and logical replication see
-- plain SQL functions. Every name is schema-qualified; search_path never matters.

-- Schema squatting: CREATE EXTENSION adopts an existing schema iin. Refuse one that a non-superuser
-- owns, that already holds objects (look-alike functions), or that others may create objects in.
-- A restore (pg_dump writes CREATE SCHEMA iin just before CREATE EXTENSION) passes: empty, superuser-owned.
DO $$
DECLARE
  why text;
BEGIN
  SELECT CASE
           WHEN NOT r.rolsuper THEN pg_catalog.format('it is owned by %I, who is not a superuser', r.rolname)
           WHEN EXISTS (SELECT FROM pg_catalog.pg_depend d
                         WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                           AND d.refobjid = n.oid
                           AND d.classid <> 'pg_catalog.pg_extension'::pg_catalog.regclass)
             THEN 'it already holds objects'
           WHEN EXISTS (SELECT FROM pg_catalog.aclexplode(n.nspacl) a
                         WHERE a.privilege_type = 'CREATE' AND a.grantee <> n.nspowner)
             THEN 'roles other than its owner may create objects in it'
         END
    INTO why
    FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid = n.nspowner
   WHERE n.nspname = 'iin';
  IF why IS NOT NULL THEN
    RAISE EXCEPTION 'extension iin refuses the existing schema "iin": %', why
      USING ERRCODE = '42P06',
            HINT = 'Check what is in schema iin (\dn+ iin, \df iin.*); rename it (ALTER SCHEMA iin RENAME TO ...) or drop it, then run CREATE EXTENSION iin again.';
  END IF;
END $$;

-- PL/Java's loader reads sqlj as the calling role, so every role that calls a Java function needs
-- USAGE on sqlj (CREATE EXTENSION pljava 1.6.9 does not grant it). That USAGE would also let any
-- role call PL/Java's SECURITY DEFINER jar functions, which read a URL (any server file) with the
-- server's rights: only superusers may manage jars, class paths and type mappings.
GRANT USAGE ON SCHEMA sqlj TO PUBLIC;
REVOKE EXECUTE ON FUNCTION sqlj.install_jar(bytea, character varying, boolean),
  sqlj.install_jar(character varying, character varying, boolean),
  sqlj.replace_jar(bytea, character varying, boolean),
  sqlj.replace_jar(character varying, character varying, boolean),
  sqlj.remove_jar(character varying, boolean),
  sqlj.set_classpath(character varying, character varying),
  sqlj.add_type_mapping(character varying, character varying),
  sqlj.drop_type_mapping(character varying),
  sqlj.alias_java_language(character varying, boolean, boolean, character varying)
  FROM PUBLIC;

-- PARALLEL UNSAFE, on purpose (tested: sql/test/sql/08_parallel.sql): with PL/Java 1.6.9 a parallel
-- writing statement that is a session's first Java call crashed a worker and so restarted the
-- whole cluster. The Java code itself is pure.
COMMENT ON SCHEMA iin IS 'Kazakhstan IIN/BIN identification numbers (extension iin): validation, decoding, generation; the same code as the kz.iin Java library';
GRANT USAGE ON SCHEMA iin TO PUBLIC;

CREATE FUNCTION iin.iin_pljava_version() RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT ''0.2.0''::text';
COMMENT ON FUNCTION iin.iin_pljava_version() IS 'Version of the installed iin SQL surface; the same as pg_extension.extversion';

CREATE TYPE iin.iin_info AS (birth_date date, sex text, century integer, serial integer, check_digit integer);
COMMENT ON TYPE iin.iin_info IS 'What an IIN encodes (a claim, not the person''s documented data): birth date, sex M/F, century 1800/1900/2000, serial 0-9999, check digit';
CREATE TYPE iin.bin_info AS (registered date, type text, division text, serial integer, check_digit integer);
COMMENT ON TYPE iin.bin_info IS 'What a BIN encodes: registration month (first day), entity type, division, serial 0-99999, check digit';

CREATE FUNCTION iin.iin_is_valid(s text) RETURNS boolean
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'boolean=kz.iin.pljava.IinFunctions.isValid(java.lang.String)';
COMMENT ON FUNCTION iin.iin_is_valid(text) IS 'True when s is a strictly valid IIN: 12 ASCII digits, century/sex digit 1-6, a real encoded birth date, matching check digit. Never raises';
CREATE FUNCTION iin.iin_has_valid_check_digit(s text) RETURNS boolean
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'boolean=kz.iin.pljava.IinFunctions.hasValidCheckDigit(java.lang.String)';
COMMENT ON FUNCTION iin.iin_has_valid_check_digit(text) IS 'Lenient check: 12 ASCII digits whose check digit matches, whatever they encode. Never raises';
CREATE FUNCTION iin.iin_error(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.IinFunctions.error(java.lang.String)';
COMMENT ON FUNCTION iin.iin_error(text) IS 'First failing strict reason (WRONG_LENGTH, NON_DIGIT, INVALID_CENTURY_SEX_DIGIT, INVALID_BIRTH_DATE, NO_CHECK_DIGIT, CHECK_DIGIT_MISMATCH), NULL when valid. Never raises';
CREATE FUNCTION iin.iin_birth_date(s text) RETURNS date
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.time.LocalDate=kz.iin.pljava.IinFunctions.birthDate(java.lang.String)';
COMMENT ON FUNCTION iin.iin_birth_date(text) IS 'Birth date the IIN encodes (not necessarily the person''s since 2013). Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.iin_sex(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.IinFunctions.sex(java.lang.String)';
COMMENT ON FUNCTION iin.iin_sex(text) IS 'Sex the IIN encodes, M or F (not necessarily the person''s). Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.iin_decode(s text) RETURNS iin.iin_info
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'kz.iin.pljava.IinFunctions.decode(java.lang.String, java.sql.ResultSet)';
COMMENT ON FUNCTION iin.iin_decode(text) IS 'Everything the IIN encodes, as iin.iin_info. Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.iin_check_digit(body text) RETURNS integer
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.Integer=kz.iin.pljava.IinFunctions.checkDigit(java.lang.String)';
COMMENT ON FUNCTION iin.iin_check_digit(text) IS 'Check digit 0-9 for an 11-digit body, NULL when the body has none (never issued). A body that is not 11 ASCII digits raises 22P02';
CREATE FUNCTION iin.iin_generate(birth_date date, sex text, serial integer) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.IinFunctions.generate(java.time.LocalDate, java.lang.String, int)';
COMMENT ON FUNCTION iin.iin_generate(date, text, integer) IS 'The IIN encoding this birth date (1800-2099), sex (M/F) and serial (0-9999), for test data. Raises 22023 for out-of-range arguments or a serial whose body has no check digit';
CREATE FUNCTION iin.iin_mask(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.IinFunctions.mask(java.lang.String)';
COMMENT ON FUNCTION iin.iin_mask(text) IS 'All but the last four characters replaced by *, for logs and reports (identification numbers are personal data). Works on any text';
CREATE FUNCTION iin.iin_compact(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.IinFunctions.compact(java.lang.String)';
COMMENT ON FUNCTION iin.iin_compact(text) IS 'User input with spaces and hyphens removed (nothing else); validation never does this itself. Works for IIN and BIN';

CREATE FUNCTION iin.bin_is_valid(s text) RETURNS boolean
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'boolean=kz.iin.pljava.BinFunctions.isValid(java.lang.String)';
COMMENT ON FUNCTION iin.bin_is_valid(text) IS 'True when s is a strictly valid BIN: 12 ASCII digits, month 01-12, type 4-6, division 0-3, matching check digit. Never raises';
CREATE FUNCTION iin.bin_has_valid_check_digit(s text) RETURNS boolean
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'boolean=kz.iin.pljava.BinFunctions.hasValidCheckDigit(java.lang.String)';
COMMENT ON FUNCTION iin.bin_has_valid_check_digit(text) IS 'Lenient check: 12 ASCII digits whose check digit matches, whatever they encode. Never raises';
CREATE FUNCTION iin.bin_error(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.BinFunctions.error(java.lang.String)';
COMMENT ON FUNCTION iin.bin_error(text) IS 'First failing strict reason (WRONG_LENGTH, NON_DIGIT, INVALID_REGISTRATION_MONTH, INVALID_ENTITY_TYPE, INVALID_DIVISION, NO_CHECK_DIGIT, CHECK_DIGIT_MISMATCH), NULL when valid. Never raises';
CREATE FUNCTION iin.bin_registered(s text) RETURNS date
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.time.LocalDate=kz.iin.pljava.BinFunctions.registered(java.lang.String)';
COMMENT ON FUNCTION iin.bin_registered(text) IS 'First day of the (re-)registration month the BIN encodes. Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.bin_type(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.BinFunctions.type(java.lang.String)';
COMMENT ON FUNCTION iin.bin_type(text) IS 'Entity type the BIN encodes: RESIDENT, NON_RESIDENT or JOINT_ENTREPRENEUR. Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.bin_division(s text) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.BinFunctions.division(java.lang.String)';
COMMENT ON FUNCTION iin.bin_division(text) IS 'Division the BIN encodes: HEAD_OFFICE, BRANCH, REPRESENTATIVE_OFFICE or PEASANT_FARM. Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.bin_decode(s text) RETURNS iin.bin_info
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'kz.iin.pljava.BinFunctions.decode(java.lang.String, java.sql.ResultSet)';
COMMENT ON FUNCTION iin.bin_decode(text) IS 'Everything the BIN encodes, as iin.bin_info. Invalid input raises 22P02 naming the reason';
CREATE FUNCTION iin.bin_check_digit(body text) RETURNS integer
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.Integer=kz.iin.pljava.BinFunctions.checkDigit(java.lang.String)';
COMMENT ON FUNCTION iin.bin_check_digit(text) IS 'Check digit 0-9 for an 11-digit body, NULL when the body has none (never issued). Same algorithm as iin_check_digit';
CREATE FUNCTION iin.bin_generate(registered date, type text, division text, serial integer) RETURNS text
  LANGUAGE java IMMUTABLE STRICT PARALLEL UNSAFE
  AS 'java.lang.String=kz.iin.pljava.BinFunctions.generate(java.time.LocalDate, java.lang.String, java.lang.String, int)';
COMMENT ON FUNCTION iin.bin_generate(date, text, text, integer) IS 'The BIN for this registration month (day ignored; 1990-01..2089-12), type and division names and serial (0-99999), for test data. Raises 22023 for bad arguments';

CREATE DOMAIN iin.iin AS text CONSTRAINT iin_valid CHECK (iin.iin_is_valid(VALUE));
COMMENT ON DOMAIN iin.iin IS 'A strictly valid IIN (text of 12 ASCII digits); bad values fail with check_violation naming constraint iin_valid';
CREATE DOMAIN iin.bin AS text CONSTRAINT bin_valid CHECK (iin.bin_is_valid(VALUE));
COMMENT ON DOMAIN iin.bin IS 'A strictly valid BIN (text of 12 ASCII digits); bad values fail with check_violation naming constraint bin_valid';

-- Install-time self-check: the JVM starts, the classes resolve from the class path, the rules answer.
DO $$
DECLARE
  right_answers boolean;
BEGIN
  BEGIN
    right_answers := iin.iin_is_valid('900101300007') AND NOT iin.iin_is_valid('900101300008')
      AND iin.iin_error('90010130000') IS NOT DISTINCT FROM 'WRONG_LENGTH'
      AND iin.bin_is_valid(iin.bin_generate('2004-05-01', 'RESIDENT', 'HEAD_OFFICE', 1));
  EXCEPTION WHEN OTHERS THEN
    RAISE EXCEPTION 'extension iin: its Java functions cannot run: %', SQLERRM
      USING ERRCODE = '58000',
            HINT = 'iin-pljava.jar must be on the JVM class path of every backend: run java -jar iin-pljava.jar install as root, add the pljava.vmoptions line it prints to postgresql.conf, reload, reconnect.';
  END;
  IF NOT right_answers THEN
    RAISE EXCEPTION 'extension iin: self-check failed: the Java functions answer wrongly'
      USING HINT = 'Another kz.iin jar may be earlier on the class path (pljava.vmoptions -Djava.class.path).';
  END IF;
END $$;
