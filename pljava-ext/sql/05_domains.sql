-- Domains in table columns: good rows in, bad rows out with a named constraint, nothing half-written.
CREATE TABLE person (
  id serial PRIMARY KEY,
  iin iin.iin NOT NULL UNIQUE,
  employer iin.bin
);
INSERT INTO person (iin, employer) VALUES
  ('900101300007', NULL),
  ('850715400109', '050940000000');
INSERT INTO person (iin) VALUES ('900101300124');
\echo :LAST_ERROR_SQLSTATE
INSERT INTO person (iin, employer) VALUES ('011231500003', '051340000000');
\echo :LAST_ERROR_SQLSTATE
-- One bad row in a multi-row insert: the statement writes nothing.
INSERT INTO person (iin) VALUES ('011231500003'), ('100309600109'), ('100309600108');
SELECT id, iin.iin_mask(iin) AS iin, employer FROM person ORDER BY id;
-- Updates are checked too.
UPDATE person SET iin = '900101300008' WHERE iin = '900101300007';
\echo :LAST_ERROR_SQLSTATE
-- Casts, and values of the domain passed to the functions.
SELECT '900101300007'::iin.iin AS ok;
SELECT '９００１０１３０００７'::iin.iin;
\echo :LAST_ERROR_SQLSTATE
SELECT iin.iin_birth_date(iin) AS birth_date, iin.iin_sex(iin) AS sex FROM person ORDER BY id;
-- The same through a plain CHECK on a text column, added later to an existing table.
CREATE TABLE legacy (iin text);
INSERT INTO legacy VALUES ('900101300007'), ('900101300008');
ALTER TABLE legacy ADD CONSTRAINT legacy_iin_valid CHECK (iin.iin_is_valid(iin)) NOT VALID;
ALTER TABLE legacy VALIDATE CONSTRAINT legacy_iin_valid;
\echo :LAST_ERROR_SQLSTATE
DELETE FROM legacy WHERE iin.iin_is_valid(iin) IS NOT TRUE;
ALTER TABLE legacy VALIDATE CONSTRAINT legacy_iin_valid;
INSERT INTO legacy VALUES ('9001013000077');
\echo :LAST_ERROR_SQLSTATE
-- Lenient acceptance where a registry must take any issued number: CHECK on the check digit only.
CREATE TABLE registry_import (iin text CONSTRAINT registry_import_check_digit CHECK (iin.iin_has_valid_check_digit(iin)));
INSERT INTO registry_import SELECT '900230' || '30000' || iin.iin_check_digit('90023030000');
INSERT INTO registry_import VALUES ('900101300008');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS rows FROM registry_import;
