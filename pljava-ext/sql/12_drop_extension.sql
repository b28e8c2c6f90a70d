-- DROP EXTENSION without CASCADE refuses while a column uses a domain, and lists what depends on it.
CREATE TABLE people_drop (id int, iin iin.iin NOT NULL, employer iin.bin);
\set VERBOSITY default
DROP EXTENSION iin;
\echo :LAST_ERROR_SQLSTATE
-- CASCADE drops those COLUMNS, with their data (PostgreSQL semantics): shown here, then rolled back.
BEGIN;
SET LOCAL client_min_messages = warning;
DROP EXTENSION iin CASCADE;
SELECT string_agg(attname, ', ' ORDER BY attnum) AS columns_left
  FROM pg_attribute WHERE attrelid = 'people_drop'::regclass AND attnum > 0 AND NOT attisdropped;
ROLLBACK;
SELECT string_agg(attname, ', ' ORDER BY attnum) AS columns_after_rollback
  FROM pg_attribute WHERE attrelid = 'people_drop'::regclass AND attnum > 0 AND NOT attisdropped;
DROP TABLE people_drop;
