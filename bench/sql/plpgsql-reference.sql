CREATE SCHEMA IF NOT EXISTS bench;
-- What a DBA would write without this project: the same strict rules in PL/pgSQL.
CREATE FUNCTION bench.plpgsql_iin_is_valid(s text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  c int; y int; m int; d int; total int; i int;
BEGIN
  IF s !~ '^[0-9]{12}$' THEN RETURN false; END IF;
  c := substr(s, 7, 1)::int;
  IF c < 1 OR c > 6 THEN RETURN false; END IF;
  y := 1800 + ((c - 1) / 2) * 100 + substr(s, 1, 2)::int;
  m := substr(s, 3, 2)::int;
  d := substr(s, 5, 2)::int;
  IF m < 1 OR m > 12 OR d < 1
     OR d > extract(day FROM make_date(y, m, 1) + interval '1 month - 1 day') THEN
    RETURN false;
  END IF;
  total := 0;
  FOR i IN 1..11 LOOP total := total + i * substr(s, i, 1)::int; END LOOP;
  total := total % 11;
  IF total = 10 THEN
    total := 0;
    FOR i IN 1..11 LOOP total := total + ((i + 1) % 11 + 1) * substr(s, i, 1)::int; END LOOP;
    total := total % 11;
    IF total = 10 THEN RETURN false; END IF;
  END IF;
  RETURN total = substr(s, 12, 1)::int;
END $$;
CREATE FUNCTION bench.plpgsql_iin_birth_date(s text) RETURNS date LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  IF NOT bench.plpgsql_iin_is_valid(s) THEN
    RAISE EXCEPTION 'invalid IIN' USING ERRCODE = '22P02';
  END IF;
  RETURN make_date(1800 + ((substr(s, 7, 1)::int - 1) / 2) * 100 + substr(s, 1, 2)::int,
                   substr(s, 3, 2)::int, substr(s, 5, 2)::int);
END $$;

CREATE FUNCTION bench.plpgsql_bin_is_valid(s text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  m int; total int; i int;
BEGIN
  IF s !~ '^[0-9]{12}$' THEN RETURN false; END IF;
  m := substr(s, 3, 2)::int;
  IF m < 1 OR m > 12 OR substr(s, 5, 1) NOT IN ('4', '5', '6') OR substr(s, 6, 1) NOT IN ('0', '1', '2', '3') THEN
    RETURN false;
  END IF;
  total := 0;
  FOR i IN 1..11 LOOP total := total + i * substr(s, i, 1)::int; END LOOP;
  total := total % 11;
  IF total = 10 THEN
    total := 0;
    FOR i IN 1..11 LOOP total := total + ((i + 1) % 11 + 1) * substr(s, i, 1)::int; END LOOP;
    total := total % 11;
    IF total = 10 THEN RETURN false; END IF;
  END IF;
  RETURN total = substr(s, 12, 1)::int;
END $$;
