-- An ordinary role (no grants beyond the defaults) uses every function and both domains.
CREATE ROLE clerk LOGIN;
SET ROLE clerk;
CREATE TEMP TABLE clerk_people (iin iin.iin NOT NULL, employer iin.bin);
INSERT INTO clerk_people VALUES ('900101300007', iin.bin_generate('2004-05-01', 'RESIDENT', 'HEAD_OFFICE', 1));
INSERT INTO clerk_people VALUES ('900101300008', NULL);
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_is_valid(iin), iin.iin_has_valid_check_digit(iin), iin.iin_error(iin), iin.iin_birth_date(iin),
       iin.iin_sex(iin), iin.iin_decode(iin), iin.iin_check_digit(left(iin, 11)), iin.iin_mask(iin),
       iin.iin_compact('900101 300007'), iin.iin_generate('1990-01-01', 'M', 0), iin.iin_kind(iin)
  FROM clerk_people;
SELECT iin.bin_is_valid(employer), iin.bin_has_valid_check_digit(employer), iin.bin_error(employer),
       iin.bin_registered(employer), iin.bin_type(employer), iin.bin_division(employer), iin.bin_decode(employer),
       iin.bin_check_digit(left(employer, 11)), iin.iin_pljava_version()
  FROM clerk_people;
-- ... and is refused PL/Java's jar and class-path management (the file would be read with the server's rights).
SELECT sqlj.install_jar('file:' || current_setting('data_directory') || '/PG_VERSION', 'pg_version', false);
\echo :LAST_ERROR_SQLSTATE
DROP TABLE clerk_people;
RESET ROLE;
DROP ROLE clerk;
-- Which sqlj functions PUBLIC may still call: the language handlers' helpers need none; get_classpath only reads.
SELECT p.oid::regprocedure AS public_may_execute
  FROM pg_proc p
 WHERE p.pronamespace = 'sqlj'::regnamespace AND has_function_privilege('public', p.oid, 'EXECUTE')
 ORDER BY 1;
SELECT has_schema_privilege('public', 'sqlj', 'USAGE') AS public_usage_on_sqlj;
