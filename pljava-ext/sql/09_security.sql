-- Hijack attempts by an ordinary user, and the sandbox of the trusted language.
CREATE ROLE mallory LOGIN;
GRANT CREATE ON SCHEMA public TO mallory;
CREATE TABLE accounts (iin iin.iin NOT NULL);
GRANT INSERT, SELECT ON accounts TO mallory;
SET ROLE mallory;
-- Look-alikes earlier in the search_path, including a better match for varchar arguments.
CREATE FUNCTION public.iin_is_valid(text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION public.iin_is_valid(varchar) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE DOMAIN public.iin AS text;
SET search_path = public, iin;
-- The domain's constraint is bound to iin.iin_is_valid: still enforced.
INSERT INTO accounts VALUES ('900101300008');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO accounts VALUES ('900101300008'::varchar);
\echo :LAST_ERROR_SQLSTATE
INSERT INTO accounts VALUES ('900101300007');
-- Nobody but the owner creates in schema iin, or reaches PL/Java's jar management.
CREATE FUNCTION iin.iin_is_valid(varchar) RETURNS boolean LANGUAGE sql AS 'SELECT true';
\echo :LAST_ERROR_SQLSTATE
CREATE OR REPLACE FUNCTION iin.iin_is_valid(text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
\echo :LAST_ERROR_SQLSTATE
-- PL/Java's SECURITY DEFINER jar functions would read any server file for her: revoked by the extension.
SELECT sqlj.install_jar('file:/etc/passwd', 'stolen', false);
\echo :LAST_ERROR_SQLSTATE
SELECT sqlj.install_jar('\x504b'::bytea, 'evil', false);
\echo :LAST_ERROR_SQLSTATE
SELECT sqlj.replace_jar('file:/tmp/evil.jar', 'evil', true);
\echo :LAST_ERROR_SQLSTATE
SELECT sqlj.set_classpath('public', 'evil');
\echo :LAST_ERROR_SQLSTATE
SELECT sqlj.add_type_mapping('text', 'evil.Type');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS jars_stolen FROM sqlj.jar_repository;
RESET ROLE;
RESET search_path;
SELECT iin.iin_mask(iin) AS iin FROM accounts;
-- The trusted language refuses file, environment and network access; the refusal is a clean
-- error and the backend carries on.
CREATE FUNCTION public.java_getenv(text) RETURNS text LANGUAGE java
  AS 'java.lang.String=java.lang.System.getenv(java.lang.String)';
SELECT public.java_getenv('PATH');
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_is_valid('900101300007') AS still_working;
DROP FUNCTION public.java_getenv(text);
DROP FUNCTION public.iin_is_valid(text);
DROP FUNCTION public.iin_is_valid(varchar);
DROP DOMAIN public.iin;
DROP TABLE accounts;
REVOKE CREATE ON SCHEMA public FROM mallory;
DROP ROLE mallory;
