-- Data and contenders for defaults.sh: :rows valid IINs (bench.valid, and a file to COPY), the same with
-- every 10th one corrupted (bench.mixed), a PL/Java function that ignores its argument (the floor), the
-- same rules in PL/pgSQL, and tables for the fresh-session bulk load.
\set ON_ERROR_STOP on
SET client_min_messages = error; -- (hides PL/Java's JEP 411 advisory)
SET max_parallel_workers_per_gather = 0;
CREATE SCHEMA IF NOT EXISTS bench;
SELECT sqlj.install_jar(:'noop_url', 'iin_bench', false) \gset out_
SELECT sqlj.set_classpath('bench', 'iin_bench') \gset out_
CREATE FUNCTION bench.noop_bool(s text) RETURNS boolean LANGUAGE java IMMUTABLE STRICT
  AS 'boolean=bench.Noop.bool(java.lang.String)';
\ir plpgsql-reference.sql
CREATE DOMAIN bench.plpgsql_iin AS text CONSTRAINT plpgsql_iin_valid CHECK (bench.plpgsql_iin_is_valid(VALUE));

CREATE TABLE bench.valid AS
SELECT b || iin.iin_check_digit(b) AS s
  FROM (SELECT to_char(date '1930-01-01' + (g % 25000), 'YYMMDD') || CASE WHEN g % 2 = 0 THEN '3' ELSE '4' END
               || lpad(((g / 25000) % 10000)::text, 4, '0') AS b
          FROM generate_series(0, (:rows * 1.02)::int) g) x
 WHERE iin.iin_check_digit(b) IS NOT NULL LIMIT :rows;
CREATE TABLE bench.mixed AS
SELECT CASE WHEN row_number() OVER () % 10 = 0 THEN left(s, 11) || ((right(s, 1)::int + 1) % 10) ELSE s END AS s
  FROM bench.valid;
COPY bench.valid TO :'copy_file';
SELECT count(*) AS rows, count(*) FILTER (WHERE iin.iin_is_valid(s)) AS valid,
       count(*) FILTER (WHERE bench.plpgsql_iin_is_valid(s) IS DISTINCT FROM iin.iin_is_valid(s)) AS plpgsql_disagrees
  FROM bench.mixed;

CREATE TABLE bench.load_none (iin text);
CREATE TABLE bench.load_java (iin iin.iin);
CREATE TABLE bench.load_plpgsql (iin bench.plpgsql_iin);
CREATE TABLE bench.validate_none AS SELECT s AS iin FROM bench.valid;
CREATE TABLE bench.validate_java AS SELECT s AS iin FROM bench.valid;
CREATE TABLE bench.validate_plpgsql AS SELECT s AS iin FROM bench.valid;
VACUUM ANALYZE;

-- Best of 3 runs of a query, in milliseconds.
CREATE FUNCTION bench.best_ms(query text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
  best numeric;
  t0 timestamptz;
BEGIN
  FOR i IN 1..3 LOOP
    t0 := clock_timestamp();
    EXECUTE query;
    best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN best;
END $$;
