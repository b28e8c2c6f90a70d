-- STRICT everywhere: NULL in, NULL out, Java never called.
SELECT iin.iin_is_valid(NULL) AS is_valid, iin.iin_has_valid_check_digit(NULL) AS lenient,
       iin.iin_error(NULL) AS error, iin.iin_birth_date(NULL) AS birth_date, iin.iin_sex(NULL) AS sex,
       iin.iin_decode(NULL) IS NULL AS decode_null, iin.iin_check_digit(NULL) AS check_digit,
       iin.iin_mask(NULL) AS mask, iin.iin_compact(NULL) AS compact;
SELECT iin.iin_generate(NULL, 'M', 1) AS no_date, iin.iin_generate('1990-01-01', NULL, 1) AS no_sex,
       iin.iin_generate('1990-01-01', 'M', NULL) AS no_serial;
SELECT iin.bin_is_valid(NULL) AS is_valid, iin.bin_has_valid_check_digit(NULL) AS lenient,
       iin.bin_error(NULL) AS error, iin.bin_registered(NULL) AS registered, iin.bin_type(NULL) AS type,
       iin.bin_division(NULL) AS division, iin.bin_decode(NULL) IS NULL AS decode_null,
       iin.bin_check_digit(NULL) AS check_digit,
       iin.bin_generate(NULL, 'RESIDENT', 'HEAD_OFFICE', 1) AS generate;
-- The empty string is not NULL: it is a wrong length.
SELECT iin.iin_is_valid('') AS is_valid, iin.iin_error('') AS error, iin.bin_error('') AS bin_error;
-- A NULL in a domain column is allowed unless the column says NOT NULL.
CREATE TEMP TABLE nullable (id iin.iin, org iin.bin);
INSERT INTO nullable VALUES (NULL, NULL);
SELECT count(*) AS rows, count(id) AS non_null FROM nullable;
SELECT NULL::iin.iin IS NULL AS null_cast;
-- Three-valued logic in filters: a NULL is neither valid nor invalid.
SELECT count(*) FILTER (WHERE iin.iin_is_valid(v)) AS valid,
       count(*) FILTER (WHERE NOT iin.iin_is_valid(v)) AS invalid,
       count(*) FILTER (WHERE iin.iin_is_valid(v) IS NOT TRUE) AS not_valid
  FROM (VALUES ('900101300007'), ('900101300008'), (NULL)) AS t(v);
