-- Parallel query. The functions are PARALLEL UNSAFE on purpose: what follows shows what the planner
-- does with them, that the Java code does run in parallel workers for a plain SELECT, and why it is
-- still not labelled SAFE. Costs are forced down so that a small table gets parallel plans.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
-- 1. As shipped: no Gather, whatever the costs; a writing statement is safe.
EXPLAIN (COSTS OFF)
SELECT iin.iin_sex(iin) AS sex, count(*) FROM citizens WHERE iin.iin_is_valid(iin) GROUP BY 1;
EXPLAIN (COSTS OFF) SELECT count(*) FROM citizens;
CREATE TEMP TABLE serial_answer AS
SELECT iin.iin_sex(iin) AS sex, count(*) FROM citizens WHERE iin.iin_is_valid(iin) GROUP BY 1;
SELECT * FROM serial_answer ORDER BY 1;
-- 2. The same Java labelled PARALLEL SAFE in a scratch schema: a plain SELECT runs it in workers
--    (each starts its own JVM) and gets the same answer.
-- (Each new worker JVM prints PL/Java's JEP 411 advisory: only errors are shown from here on.)
SET client_min_messages = error;
CREATE SCHEMA par_safe;
CREATE FUNCTION par_safe.iin_is_valid(text) RETURNS boolean LANGUAGE java IMMUTABLE STRICT PARALLEL SAFE
  AS 'boolean=kz.iin.pljava.IinFunctions.isValid(java.lang.String)';
CREATE FUNCTION par_safe.iin_sex(text) RETURNS text LANGUAGE java IMMUTABLE STRICT PARALLEL SAFE
  AS 'java.lang.String=kz.iin.pljava.IinFunctions.sex(java.lang.String)';
EXPLAIN (COSTS OFF)
SELECT par_safe.iin_sex(iin) AS sex, count(*) FROM citizens WHERE par_safe.iin_is_valid(iin) GROUP BY 1;
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || query INTO plan;
  RETURN (SELECT max((m[1])::int) FROM regexp_matches(plan::text, '"Workers Launched": (\d+)', 'g') AS m);
END $$;
SELECT pg_temp.workers_launched('SELECT count(*) FROM citizens WHERE par_safe.iin_is_valid(iin)') AS workers_launched;
SELECT s.sex, s.count AS serial_count, p.count AS parallel_count
  FROM serial_answer s
  FULL JOIN (SELECT par_safe.iin_sex(iin) AS sex, count(*) FROM citizens
              WHERE par_safe.iin_is_valid(iin) GROUP BY 1) p USING (sex) ORDER BY 1;
-- 3. Why not SAFE: a process's first Java call in a schema runs a PL/Java catalog query, which
--    PostgreSQL refuses inside the parallel part of a writing statement (CREATE TABLE AS ...). As
--    SAFE the failure hits a parallel worker, which crashed and restarted the whole cluster when
--    tried; as RESTRICTED the statement fails (ParallelSafetyIT shows it). UNSAFE avoids both.
SELECT iin.iin_is_valid('900101300007') AS still_working;
DROP SCHEMA par_safe CASCADE;
RESET client_min_messages;
RESET max_parallel_workers_per_gather;
