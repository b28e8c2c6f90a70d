-- Decoding, check digits, generation, masking: worked examples.
SELECT iin.iin_decode('900101300007');
SELECT (iin.iin_decode('011231500400')).*;
SELECT iin.iin_birth_date('850715400109') AS birth_date, iin.iin_sex('850715400109') AS sex;
-- Check digit of an 11-digit body: pass 1, pass 2, and a body that has none (never issued).
SELECT iin.iin_check_digit('90010130000') AS pass1, iin.iin_check_digit('90010130081') AS pass2,
       iin.bin_check_digit('05094000000') AS bin_pass1;
SELECT b AS body, iin.iin_check_digit(b) AS check_digit
  FROM (SELECT '9001013' || lpad(s::text, 4, '0') AS b FROM generate_series(0, 2000) s) t
 WHERE iin.iin_check_digit(b) IS NULL
 ORDER BY b LIMIT 3;
-- Invalid input raises invalid_text_representation (22P02) naming the reason, not the number.
SELECT iin.iin_birth_date('900101300008');
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_decode('901301300007');
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_sex('9001013000');
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_check_digit('9001013000x');
\echo :LAST_ERROR_SQLSTATE
SELECT iin.bin_decode('051340000000');
\echo :LAST_ERROR_SQLSTATE
SELECT iin.bin_type('900101300007');
\echo :LAST_ERROR_SQLSTATE
-- Generation round-trips through decoding; bad arguments raise invalid_parameter_value (22023).
SELECT iin.iin_generate('1990-01-01', 'M', 0) AS iin,
       iin.iin_decode(iin.iin_generate('2000-02-29', 'F', 50)) AS decoded;
SELECT iin.iin_generate('1799-12-31', 'M', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_generate('1990-01-01', 'X', 1);
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_generate('1990-01-01', 'M', 10000);
\echo :LAST_ERROR_SQLSTATE
SELECT iin.bin_generate('2005-09-17', 'RESIDENT', 'HEAD_OFFICE', 0) AS bin,
       iin.bin_decode(iin.bin_generate('1999-12-01', 'JOINT_ENTREPRENEUR', 'PEASANT_FARM', 99999)) AS decoded;
SELECT iin.bin_generate('2005-09-01', 'resident', 'HEAD_OFFICE', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT iin.bin_generate('1989-12-01', 'RESIDENT', 'HEAD_OFFICE', 0);
\echo :LAST_ERROR_SQLSTATE
-- Strict and lenient: a number that matches its check digit but encodes no real date.
SELECT iin.iin_is_valid(v) AS strict, iin.iin_has_valid_check_digit(v) AS lenient, iin.iin_error(v) AS reason
  FROM (SELECT '900230' || '30000' || iin.iin_check_digit('90023030000') AS v) t;
-- A BIN is not an IIN and vice versa; kind follows the 5th digit.
SELECT v, iin.iin_is_valid(v) AS is_iin, iin.bin_is_valid(v) AS is_bin, iin.iin_error(v) AS iin_reason,
       iin.bin_error(v) AS bin_reason
  FROM (VALUES ('900101300007'), ('050940000000')) AS t(v);
-- Masking for logs and reports; compacting user input before validation.
SELECT iin.iin_mask('900101300007') AS masked, iin.iin_mask('12') AS short, iin.iin_mask(repeat('9', 40)) AS long;
SELECT iin.iin_compact(' 900101-300 007 ') AS compacted, iin.iin_is_valid(iin.iin_compact('900 101 300 007')) AS valid_after,
       iin.iin_is_valid('900 101 300 007') AS valid_before;
