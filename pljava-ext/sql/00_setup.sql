-- The database the transcripts run in: the extension, and core's golden vectors as tables golden_iin and
-- golden_bin, read from the very files the Java tests read (core/src/test/resources/golden/*.tsv), so
-- `make installcheck` and the JUnit route check the same vectors. The files' \uXXXX escapes are decoded
-- here; inputs PostgreSQL text cannot hold (NUL, a lone surrogate) go to golden_skipped instead.
SET client_min_messages = error; -- PL/Java's JEP 411 advisory is not part of the transcript
CREATE EXTENSION iin CASCADE;
RESET client_min_messages;
CREATE TABLE golden_file_line (kind text, n int GENERATED ALWAYS AS IDENTITY, line text);
-- CSV with a delimiter and a quote that never occur: each line whole, backslashes kept.
\copy golden_file_line (line) FROM '../core/src/test/resources/golden/iin.tsv' WITH (FORMAT csv, DELIMITER E'\x1f', QUOTE E'\x1e')
UPDATE golden_file_line SET kind = 'IIN';
\copy golden_file_line (line) FROM '../core/src/test/resources/golden/bin.tsv' WITH (FORMAT csv, DELIMITER E'\x1f', QUOTE E'\x1e')
UPDATE golden_file_line SET kind = 'BIN' WHERE kind IS NULL;
-- The input with its escapes decoded (backslash-u plus four hex digits, a doubled backslash), or NULL.
CREATE FUNCTION pg_temp.golden_unescape(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  decoded text := '';
  i int := 1;
  code int;
  low int;
BEGIN
  WHILE i <= length(s) LOOP
    IF substr(s, i, 2) = '\\' THEN
      decoded := decoded || '\';
      i := i + 2;
    ELSIF substr(s, i, 2) = '\u' THEN
      code := ('x' || substr(s, i + 2, 4))::bit(16)::int;
      i := i + 6;
      IF code BETWEEN 55296 AND 56319 AND substr(s, i, 2) = '\u' THEN
        low := ('x' || substr(s, i + 2, 4))::bit(16)::int;
        IF low BETWEEN 56320 AND 57343 THEN
          code := 65536 + (code - 55296) * 1024 + (low - 56320);
          i := i + 6;
        END IF;
      END IF;
      IF code = 0 OR code BETWEEN 55296 AND 57343 THEN
        RETURN NULL;
      END IF;
      decoded := decoded || chr(code);
    ELSE
      decoded := decoded || substr(s, i, 1);
      i := i + 1;
    END IF;
  END LOOP;
  RETURN decoded;
END $$;
CREATE TEMP VIEW golden_row AS
SELECT kind, row_number() OVER (PARTITION BY kind ORDER BY n)::int AS line,
       string_to_array(line, E'\t') AS cell
  FROM golden_file_line
 WHERE line IS NOT NULL AND line NOT LIKE '#%' AND line NOT LIKE 'input' || E'\t' || '%';
CREATE TABLE golden_skipped (kind text, line int, note text);
CREATE TABLE golden_iin (line int, input text, reason text,
  lenient_reason text, birth_date date, sex text, century int, serial int, note text);
CREATE TABLE golden_bin (line int, input text, reason text,
  lenient_reason text, registered text, type text, division text, serial int, note text);
INSERT INTO golden_skipped
SELECT kind, line, cell[8] FROM golden_row WHERE pg_temp.golden_unescape(cell[1]) IS NULL;
INSERT INTO golden_iin
SELECT line, pg_temp.golden_unescape(cell[1]), nullif(cell[2], ''), nullif(cell[3], ''), nullif(cell[4], '')::date,
       nullif(cell[5], ''), nullif(cell[6], '')::int, nullif(cell[7], '')::int, cell[8]
  FROM golden_row WHERE kind = 'IIN' AND pg_temp.golden_unescape(cell[1]) IS NOT NULL;
INSERT INTO golden_bin
SELECT line, pg_temp.golden_unescape(cell[1]), nullif(cell[2], ''), nullif(cell[3], ''), nullif(cell[4], ''),
       nullif(cell[5], ''), nullif(cell[6], ''), nullif(cell[7], '')::int, cell[8]
  FROM golden_row WHERE kind = 'BIN' AND pg_temp.golden_unescape(cell[1]) IS NOT NULL;
DROP VIEW golden_row;
DROP TABLE golden_file_line;
-- What was loaded: every row of each file is in exactly one table.
SELECT kind, count(*) AS vectors FROM (SELECT 'IIN' AS kind FROM golden_iin UNION ALL SELECT 'BIN' FROM golden_bin
  UNION ALL SELECT 'skipped ' || kind FROM golden_skipped) loaded GROUP BY kind ORDER BY kind;
