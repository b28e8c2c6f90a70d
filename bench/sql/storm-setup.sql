-- Tables for storm.sh: a pool of 100,000 IINs, 10 % with a wrong check digit, and one table per run
-- (direct, pooled) with an iin.iin column. try_insert records a refusal instead of raising it, so that a
-- pgbench client keeps going and every committed transaction is either a stored row or a refusal.
\set ON_ERROR_STOP on
SET client_min_messages = error;
CREATE SCHEMA storm;
CREATE TABLE storm.pool AS
SELECT row_number() OVER () AS k,
       CASE WHEN row_number() OVER () % 10 = 0 THEN left(v, 11) || ((right(v, 1)::int + 1) % 10) ELSE v END AS iin
  FROM (SELECT b || iin.iin_check_digit(b) AS v
          FROM (SELECT to_char(date '1930-01-01' + (g % 25000), 'YYMMDD') || '3'
                       || lpad(((g / 25000) % 10000)::text, 4, '0') AS b
                  FROM generate_series(0, 102000) g) x
         WHERE iin.iin_check_digit(b) IS NOT NULL LIMIT 100000) y;
ALTER TABLE storm.pool ADD PRIMARY KEY (k);
ANALYZE storm.pool;
CREATE TABLE storm.person_direct (k int NOT NULL, iin iin.iin NOT NULL);
CREATE TABLE storm.person_pooled (k int NOT NULL, iin iin.iin NOT NULL);
CREATE TABLE storm.refused (run text NOT NULL, k int NOT NULL);
CREATE FUNCTION storm.try_insert(run text, key int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('INSERT INTO storm.%I SELECT k, iin FROM storm.pool WHERE k = $1', 'person_' || run) USING key;
EXCEPTION WHEN check_violation THEN
  INSERT INTO storm.refused VALUES (run, key);
END $$;
