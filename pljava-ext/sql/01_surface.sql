-- The installed SQL surface and the labels the contract requires of it.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       pg_get_function_result(p.oid) AS result, l.lanname AS lang,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'iin'::regnamespace
 ORDER BY 1, 2;
-- Violations of the contract (IMMUTABLE, STRICT, commented, trusted java; Java functions PARALLEL
-- UNSAFE, see 08_parallel.sql): none.
SELECT p.proname
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'iin'::regnamespace
   AND (p.provolatile <> 'i' OR NOT p.proisstrict
        OR p.proparallel <> CASE l.lanname WHEN 'java' THEN 'u' ELSE 's' END
        OR obj_description(p.oid, 'pg_proc') IS NULL
        OR NOT l.lanpltrusted OR l.lanname = 'javau');
-- Domains with named constraints built on the strict predicates; composite types.
SELECT t.typname, format_type(t.typbasetype, NULL) AS base, c.conname, pg_get_constraintdef(c.oid) AS def,
       obj_description(t.oid, 'pg_type') IS NOT NULL AS commented
  FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid
 WHERE t.typnamespace = 'iin'::regnamespace
 ORDER BY 1;
SELECT t.typname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
       obj_description(t.oid, 'pg_type') IS NOT NULL AS commented
  FROM pg_type t JOIN pg_attribute a ON a.attrelid = t.typrelid
 WHERE t.typnamespace = 'iin'::regnamespace AND t.typtype = 'c'
 ORDER BY 1, 2;
-- The schema: commented, everyone may use it, nobody but its owner may create in it.
SELECT obj_description('iin'::regnamespace, 'pg_namespace') IS NOT NULL AS commented,
       has_schema_privilege('public', 'iin', 'USAGE') AS public_usage,
       has_schema_privilege('public', 'iin', 'CREATE') AS public_create;
SELECT l.lanname, l.lanpltrusted FROM pg_language l WHERE l.lanname IN ('java', 'javau') ORDER BY 1;
-- A real extension: listed by \dx, every object a member, the classes from the JVM class path (no jar in sqlj).
SELECT e.extname, e.extversion, e.extnamespace::regnamespace AS schema, e.extrelocatable,
       (SELECT count(*) FROM pg_depend d WHERE d.refobjid = e.oid AND d.deptype = 'e') AS members
  FROM pg_extension e WHERE e.extname = 'iin';
SELECT iin.iin_pljava_version(), sqlj.get_classpath('iin') AS sqlj_classpath,
       (SELECT count(*) FROM sqlj.jar_repository) AS jars_in_sqlj;
