-- The shared golden vectors (core/src/test/resources/golden/*.tsv), loaded by 00_setup.sql into
-- golden_iin and golden_bin. Each group: every row agrees between SQL and the file.
SELECT coalesce(reason, '(valid)') AS reason,
       bool_and(iin.iin_error(input) IS NOT DISTINCT FROM reason) AS error_agrees,
       bool_and(iin.iin_is_valid(input) = (reason IS NULL)) AS is_valid_agrees,
       bool_and(iin.iin_has_valid_check_digit(input) = (lenient_reason IS NULL)) AS lenient_agrees
  FROM golden_iin GROUP BY 1 ORDER BY 1;
SELECT coalesce(reason, '(valid)') AS reason,
       bool_and(iin.bin_error(input) IS NOT DISTINCT FROM reason) AS error_agrees,
       bool_and(iin.bin_is_valid(input) = (reason IS NULL)) AS is_valid_agrees,
       bool_and(iin.bin_has_valid_check_digit(input) = (lenient_reason IS NULL)) AS lenient_agrees
  FROM golden_bin GROUP BY 1 ORDER BY 1;
-- Any disagreement, masked (expect no rows).
SELECT 'IIN' AS kind, line, iin.iin_mask(input) AS input, reason, iin.iin_error(input) AS sql_reason
  FROM golden_iin WHERE iin.iin_error(input) IS DISTINCT FROM reason
UNION ALL
SELECT 'BIN', line, iin.iin_mask(input), reason, iin.bin_error(input)
  FROM golden_bin WHERE iin.bin_error(input) IS DISTINCT FROM reason;
-- Decoding every valid vector gives the file's columns.
SELECT bool_and(d.birth_date = g.birth_date AND d.sex = g.sex AND d.century = g.century
                AND d.serial = g.serial AND d.check_digit = right(g.input, 1)::int
                AND iin.iin_birth_date(g.input) = g.birth_date AND iin.iin_sex(g.input) = g.sex) AS iin_decode_agrees
  FROM golden_iin g, LATERAL iin.iin_decode(g.input) d WHERE g.reason IS NULL;
SELECT bool_and(to_char(d.registered, 'YYYY-MM') = g.registered AND d.type = g.type AND d.division = g.division
                AND d.serial = g.serial AND d.check_digit = right(g.input, 1)::int
                AND iin.bin_registered(g.input) = d.registered AND iin.bin_type(g.input) = g.type
                AND iin.bin_division(g.input) = g.division) AS bin_decode_agrees
  FROM golden_bin g, LATERAL iin.bin_decode(g.input) d WHERE g.reason IS NULL;
-- Every invalid vector makes the decoders raise 22P02 naming its reason, never echoing the input.
CREATE FUNCTION pg_temp.raised(call text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE call;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT g.reason,
       bool_and(pg_temp.raised(format('SELECT iin.iin_decode(%L)', g.input))
                LIKE '22P02 java.sql.SQLDataException: invalid IIN: % [' || g.reason || ']') AS decode_raises,
       bool_and(pg_temp.raised(format('SELECT iin.iin_birth_date(%L)', g.input))
                LIKE '22P02 %[' || g.reason || ']') AS birth_date_raises,
       bool_and(strpos(pg_temp.raised(format('SELECT iin.iin_sex(%L)', g.input)), g.input) = 0
                OR length(g.input) < 12) AS input_not_echoed
  FROM golden_iin g WHERE g.reason IS NOT NULL GROUP BY 1 ORDER BY 1;
SELECT g.reason,
       bool_and(pg_temp.raised(format('SELECT iin.bin_decode(%L)', g.input))
                LIKE '22P02 java.sql.SQLDataException: invalid BIN: % [' || g.reason || ']') AS decode_raises,
       bool_and(strpos(pg_temp.raised(format('SELECT iin.bin_type(%L)', g.input)), g.input) = 0
                OR length(g.input) < 12) AS input_not_echoed
  FROM golden_bin g WHERE g.reason IS NOT NULL GROUP BY 1 ORDER BY 1;
-- Vectors PostgreSQL text cannot hold at all (the server rejects them before any function runs).
SELECT kind, note FROM golden_skipped ORDER BY 1, 2;
