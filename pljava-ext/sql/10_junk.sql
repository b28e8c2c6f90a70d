-- Junk through every never-raising function: an answer, never an error; the backend survives.
CREATE TEMP TABLE junk (label text, v text);
INSERT INTO junk VALUES
  ('fullwidth digits', '９００１０１３０００７'),
  ('Arabic-Indic digits', '٩٠٠١٠١٣٠٠٠٠٧'),
  ('control characters', '900101' || chr(1) || chr(127) || '0007'),
  ('newline inside', '900101' || chr(10) || '300007'),
  ('leading space', ' 90010130000'),
  ('sign', '+90010130000'),
  ('emoji', '9001013000' || chr(128512)),
  ('combining mark', '90010130000' || '7' || chr(769)),
  ('1 MB of digits', repeat('9', 1048576)),
  ('1 MB of letters', repeat('x', 1048576)),
  ('only spaces', repeat(' ', 12)),
  ('empty', '');
SELECT label, iin.iin_is_valid(v) AS iin_valid, iin.iin_error(v) AS iin_error,
       iin.iin_has_valid_check_digit(v) AS lenient, iin.bin_error(v) AS bin_error,
       iin.iin_mask(v) AS masked
  FROM junk ORDER BY label;
-- The decoders raise 22P02 on each, and the message never carries the input.
CREATE FUNCTION pg_temp.raised(call text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE call;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT label, pg_temp.raised(format('SELECT iin.iin_decode(%L)', v)) AS error
  FROM junk ORDER BY label;
-- Invalid UTF-8 never reaches the functions: the server rejects it on input.
SELECT iin.iin_is_valid(convert_from('\x393030313031333030303037ff'::bytea, 'UTF8'));
\echo :LAST_ERROR_SQLSTATE
-- ... also from a file: COPY refuses the whole file, nothing is half-loaded.
CREATE TEMP TABLE from_file (raw text);
\copy from_file FROM 'data/invalid-utf8.txt'
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS rows_loaded FROM from_file;
SELECT iin.iin_is_valid('900101300007') AS still_working;
