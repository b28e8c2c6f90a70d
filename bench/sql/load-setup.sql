-- Tables and helpers for load.sh. Three tables take the same inserts: no check at all, the iin-pljava
-- domain + a CHECK on bin_is_valid, and the same rules in PL/pgSQL. A pool of 100,000 pairs, 10 % of
-- them invalid (a corrupted IIN or BIN), feeds them.
\set ON_ERROR_STOP on
SET client_min_messages = error;
CREATE SCHEMA load;
\ir plpgsql-reference.sql
CREATE TABLE load.pool AS
WITH i AS (SELECT row_number() OVER () AS n, b || iin.iin_check_digit(b) AS v
             FROM (SELECT to_char(date '1930-01-01' + (g % 25000), 'YYMMDD') || '4'
                          || lpad(((g / 25000) % 10000)::text, 4, '0') AS b
                     FROM generate_series(0, 102000) g) x
            WHERE iin.iin_check_digit(b) IS NOT NULL LIMIT 100000),
     o AS (SELECT row_number() OVER () AS n, b || iin.bin_check_digit(b) AS v
             FROM (SELECT to_char(date '1995-01-01' + (g % 300) * interval '1 month', 'YYMM') || '40'
                          || lpad((g % 100000)::text, 5, '0') AS b
                     FROM generate_series(0, 102000) g) x
            WHERE iin.bin_check_digit(b) IS NOT NULL LIMIT 100000)
SELECT i.n AS k,
       CASE WHEN i.n % 20 = 0 THEN left(i.v, 11) || ((right(i.v, 1)::int + 1) % 10) ELSE i.v END AS iin,
       CASE WHEN i.n % 20 = 10 THEN left(o.v, 11) || ((right(o.v, 1)::int + 1) % 10) ELSE o.v END AS bin
  FROM i JOIN o USING (n);
ALTER TABLE load.pool ADD PRIMARY KEY (k);
ALTER TABLE load.pool ADD COLUMN ok boolean;
UPDATE load.pool SET ok = iin.iin_is_valid(iin) AND iin.bin_is_valid(bin);
ANALYZE load.pool;
SELECT count(*) AS pool, count(*) FILTER (WHERE ok) AS valid_pairs FROM load.pool;

CREATE TABLE load.acc_none (iin text NOT NULL, bin text);
CREATE TABLE load.acc_java (iin iin.iin NOT NULL, bin text CONSTRAINT acc_java_bin CHECK (iin.bin_is_valid(bin)));
CREATE TABLE load.acc_plpgsql (iin text NOT NULL CONSTRAINT acc_plpgsql_iin CHECK (bench.plpgsql_iin_is_valid(iin)),
                               bin text CONSTRAINT acc_plpgsql_bin CHECK (bench.plpgsql_bin_is_valid(bin)));
CREATE UNLOGGED TABLE load.attempts (variant text, k int);
CREATE UNLOGGED TABLE load.rejected (variant text, k int);
-- One insert attempt; a check violation is caught and recorded, so pgbench clients keep going and
-- every attempt is accounted for. All three variants pay the same subtransaction cost.
CREATE FUNCTION load.try_insert(variant text, key int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO load.attempts VALUES (variant, key);
  BEGIN
    EXECUTE format('INSERT INTO load.%I (iin, bin) SELECT iin, bin FROM load.pool WHERE k = $1', 'acc_' || variant)
      USING key;
  EXCEPTION WHEN check_violation THEN
    INSERT INTO load.rejected VALUES (variant, key);
  END;
END $$;
