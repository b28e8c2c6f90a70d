-- Bulk load the safe way: COPY everything into a text staging table, then move the valid rows with a
-- filtered INSERT ... SELECT, and account for every rejected row with its reason.
CREATE TABLE staging (line serial, raw text);
\copy staging (raw) FROM 'data/mixed.txt'
CREATE TABLE clean (iin iin.iin PRIMARY KEY, birth_date date NOT NULL, sex text NOT NULL);
BEGIN;
INSERT INTO clean (iin, birth_date, sex)
SELECT raw, iin.iin_birth_date(raw), iin.iin_sex(raw) FROM staging WHERE iin.iin_is_valid(raw);
SELECT line, iin.iin_mask(raw) AS raw, coalesce(iin.iin_error(raw), 'NULL input') AS reason
  FROM staging WHERE iin.iin_is_valid(raw) IS NOT TRUE ORDER BY line;
COMMIT;
SELECT (SELECT count(*) FROM staging) AS staged,
       (SELECT count(*) FROM clean) AS loaded,
       (SELECT count(*) FROM staging WHERE iin.iin_is_valid(raw) IS NOT TRUE) AS rejected;
SELECT iin.iin_mask(iin) AS iin, birth_date, sex FROM clean ORDER BY birth_date;
-- 10 % junk at scale, in one transaction: decoding the raw table fails as a whole (22P02), a
-- savepoint keeps the transaction, the filtered INSERT commits exactly the valid part.
CREATE TABLE bulk_src AS
  (SELECT b || iin.iin_check_digit(b) AS raw
     FROM (SELECT g, to_char(date '1960-01-01' + g, 'YYMMDD') || '3' || lpad((g % 10000)::text, 4, '0') AS b
             FROM generate_series(1, 12000) g) s
    WHERE iin.iin_check_digit(b) IS NOT NULL ORDER BY g LIMIT 9000)
  UNION ALL
  (SELECT 'junk-' || g FROM generate_series(1, 1000) g);
CREATE TABLE decoded (iin iin.iin PRIMARY KEY, birth_date date, sex text, century int, serial int);
BEGIN;
SAVEPOINT try_all;
INSERT INTO decoded SELECT raw, d.birth_date, d.sex, d.century, d.serial
  FROM bulk_src, LATERAL iin.iin_decode(raw) d;
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO SAVEPOINT try_all;
INSERT INTO decoded SELECT v.raw, d.birth_date, d.sex, d.century, d.serial
  FROM (SELECT raw FROM bulk_src WHERE iin.iin_is_valid(raw)) v, LATERAL iin.iin_decode(v.raw) d;
COMMIT;
SELECT (SELECT count(*) FROM bulk_src) AS source_rows,
       (SELECT count(*) FROM decoded) AS committed,
       (SELECT count(*) FROM bulk_src WHERE NOT iin.iin_is_valid(raw)) AS rejected,
       (SELECT count(*) FROM decoded WHERE NOT iin.iin_is_valid(iin)) AS invalid_committed,
       (SELECT count(*) FROM decoded d JOIN bulk_src s ON s.raw = d.iin) AS matched_to_source;
