-- Per-row cost over :rows rows, one backend, no parallel workers, JIT off: the JVM is warm (a
-- first call happens before timing) and each figure is the best of 3 runs.
\set ON_ERROR_STOP on
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET client_min_messages = error; -- (hides PL/Java's JEP 411 advisory)
SET pljava.vmoptions = :'vmoptions'; -- before this session's first Java call
CREATE SCHEMA IF NOT EXISTS bench;
SELECT sqlj.install_jar(:'noop_url', 'iin_bench', false) \gset out_
SELECT sqlj.set_classpath('bench', 'iin_bench') \gset out_
CREATE FUNCTION bench.noop_bool(s text) RETURNS boolean LANGUAGE java IMMUTABLE STRICT
  AS 'boolean=bench.Noop.bool(java.lang.String)';
CREATE FUNCTION bench.noop_date(s text) RETURNS date LANGUAGE java IMMUTABLE STRICT
  AS 'java.time.LocalDate=bench.Noop.date(java.lang.String)';

\ir plpgsql-reference.sql

-- Data: :rows valid IINs (valid), and the same with every 10th one corrupted (mixed, 90 % valid).
CREATE UNLOGGED TABLE bench.valid AS
SELECT b || iin.iin_check_digit(b) AS s
  FROM (SELECT to_char(date '1930-01-01' + (g % 25000), 'YYMMDD')
               || CASE WHEN g % 2 = 0 THEN '3' ELSE '4' END
               || lpad(((g / 25000) % 10000)::text, 4, '0') AS b
          FROM generate_series(0, (:rows * 1.02)::int) g) x
 WHERE iin.iin_check_digit(b) IS NOT NULL
 LIMIT :rows;
CREATE UNLOGGED TABLE bench.mixed AS
SELECT CASE WHEN row_number() OVER () % 10 = 0 THEN left(s, 11) || ((right(s, 1)::int + 1) % 10) ELSE s END AS s
  FROM bench.valid;
VACUUM ANALYZE bench.valid;
VACUUM ANALYZE bench.mixed;
SELECT count(*) AS rows, count(*) FILTER (WHERE iin.iin_is_valid(s)) AS valid,
       count(*) FILTER (WHERE bench.plpgsql_iin_is_valid(s) IS DISTINCT FROM iin.iin_is_valid(s)) AS plpgsql_disagrees
  FROM bench.mixed;

CREATE FUNCTION bench.best_ms(query text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
  best numeric;
  t0 timestamptz;
  ms numeric;
BEGIN
  FOR i IN 1..3 LOOP
    t0 := clock_timestamp();
    EXECUTE query;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, ms);
  END LOOP;
  RETURN best;
END $$;

CREATE TEMP TABLE results AS
SELECT name, bench.best_ms(query) AS ms
  FROM (VALUES
    (1, 'scan only: count(s IS NOT NULL)', 'SELECT count(*) FILTER (WHERE s IS NOT NULL) FROM bench.mixed'),
    (2, 'length(s) = 12 (built-in C)', 'SELECT count(*) FILTER (WHERE length(s) = 12) FROM bench.mixed'),
    (3, 'PL/Java do-nothing boolean', 'SELECT count(*) FILTER (WHERE bench.noop_bool(s)) FROM bench.mixed'),
    (4, 'iin.iin_is_valid', 'SELECT count(*) FILTER (WHERE iin.iin_is_valid(s)) FROM bench.mixed'),
    (5, 'PL/pgSQL is_valid', 'SELECT count(*) FILTER (WHERE bench.plpgsql_iin_is_valid(s)) FROM bench.mixed'),
    (6, 'PL/Java do-nothing date', 'SELECT count(bench.noop_date(s)) FROM bench.valid'),
    (7, 'iin.iin_birth_date', 'SELECT count(iin.iin_birth_date(s)) FROM bench.valid'),
    (8, 'PL/pgSQL birth_date', 'SELECT count(bench.plpgsql_iin_birth_date(s)) FROM bench.valid'),
    (9, 'scan only: valid table', 'SELECT count(s) FROM bench.valid')
  ) AS q(n, name, query)
 ORDER BY n;

\pset footer off
SELECT name, round(ms) AS total_ms, round(ms * 1000 / :rows, 3) AS us_per_row,
       round((ms - (SELECT ms FROM results WHERE name LIKE 'scan only: count%')) * 1000 / :rows, 3) AS us_per_row_net_of_scan
  FROM results WHERE name NOT LIKE 'scan only: valid%' AND name NOT LIKE '%date' AND name NOT LIKE '%birth_date'
UNION ALL
SELECT name, round(ms), round(ms * 1000 / :rows, 3),
       round((ms - (SELECT ms FROM results WHERE name LIKE 'scan only: valid%')) * 1000 / :rows, 3)
  FROM results WHERE name LIKE '%date' OR name LIKE '%birth_date';

WITH r AS (SELECT name, ms FROM results)
SELECT 'iin_is_valid / do-nothing (want <= 1.2)' AS ratio,
       round((SELECT ms FROM r WHERE name = 'iin.iin_is_valid') / (SELECT ms FROM r WHERE name = 'PL/Java do-nothing boolean'), 2) AS total,
       round(((SELECT ms FROM r WHERE name = 'iin.iin_is_valid') - (SELECT ms FROM r WHERE name LIKE 'scan only: count%'))
           / ((SELECT ms FROM r WHERE name = 'PL/Java do-nothing boolean') - (SELECT ms FROM r WHERE name LIKE 'scan only: count%')), 2) AS net_of_scan
UNION ALL
SELECT 'PL/pgSQL is_valid / iin_is_valid (want >= 3)',
       round((SELECT ms FROM r WHERE name = 'PL/pgSQL is_valid') / (SELECT ms FROM r WHERE name = 'iin.iin_is_valid'), 2),
       round(((SELECT ms FROM r WHERE name = 'PL/pgSQL is_valid') - (SELECT ms FROM r WHERE name LIKE 'scan only: count%'))
           / ((SELECT ms FROM r WHERE name = 'iin.iin_is_valid') - (SELECT ms FROM r WHERE name LIKE 'scan only: count%')), 2)
UNION ALL
SELECT 'iin_birth_date / do-nothing date (want <= 1.2)',
       round((SELECT ms FROM r WHERE name = 'iin.iin_birth_date') / (SELECT ms FROM r WHERE name = 'PL/Java do-nothing date'), 2),
       round(((SELECT ms FROM r WHERE name = 'iin.iin_birth_date') - (SELECT ms FROM r WHERE name = 'scan only: valid table'))
           / ((SELECT ms FROM r WHERE name = 'PL/Java do-nothing date') - (SELECT ms FROM r WHERE name = 'scan only: valid table')), 2)
UNION ALL
SELECT 'PL/pgSQL birth_date / iin_birth_date (want >= 3)',
       round((SELECT ms FROM r WHERE name = 'PL/pgSQL birth_date') / (SELECT ms FROM r WHERE name = 'iin.iin_birth_date'), 2),
       round(((SELECT ms FROM r WHERE name = 'PL/pgSQL birth_date') - (SELECT ms FROM r WHERE name = 'scan only: valid table'))
           / ((SELECT ms FROM r WHERE name = 'iin.iin_birth_date') - (SELECT ms FROM r WHERE name = 'scan only: valid table')), 2);
