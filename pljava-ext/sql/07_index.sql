-- An expression index on the encoded birth date (possible because the function is IMMUTABLE),
-- chosen by the planner.
CREATE TABLE citizens (iin iin.iin PRIMARY KEY);
INSERT INTO citizens
SELECT b || iin.iin_check_digit(b)
  FROM (SELECT to_char(date '1950-01-01' + (g % 18000), 'YYMMDD')
               || CASE WHEN g % 2 = 0 THEN '3' ELSE '4' END
               || lpad((g / 18000)::text, 4, '0') AS b
          FROM generate_series(0, 53999) g) s
 WHERE iin.iin_check_digit(b) IS NOT NULL;
CREATE INDEX citizens_birth_date ON citizens (iin.iin_birth_date(iin));
ANALYZE citizens;
EXPLAIN (COSTS OFF) SELECT iin FROM citizens WHERE iin.iin_birth_date(iin) = date '1975-06-15';
SELECT iin.iin_mask(iin) AS iin, iin.iin_sex(iin) AS sex FROM citizens
 WHERE iin.iin_birth_date(iin) = date '1975-06-15' ORDER BY iin;
EXPLAIN (COSTS OFF) SELECT count(*) FROM citizens
 WHERE iin.iin_birth_date(iin) BETWEEN date '1980-01-01' AND date '1980-01-07';
SELECT count(*) FROM citizens WHERE iin.iin_birth_date(iin) BETWEEN date '1980-01-01' AND date '1980-01-07';
-- The index answers exactly what a full scan answers.
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM citizens WHERE iin.iin_birth_date(iin) BETWEEN date '1980-01-01' AND date '1980-01-07';
RESET enable_indexscan;
RESET enable_bitmapscan;
