-- iin-pljava 0.1.0: fresh install. RELEASED: never edit; later versions add iin--0.1.0--X.sql.
-- Included by install.sql, which has checked the prerequisites and opened the transaction.
-- The jar's deployment descriptor (kz/iin/pljava/iin.ddr) creates schema iin and every object in it.
SELECT sqlj.install_jar(:'iin_jar_url', 'iin_pljava', true) \gset iin_out_
-- The descriptor sets this too; saying it here keeps the class path explicit in the script.
SELECT sqlj.set_classpath('iin', 'iin_pljava') \gset iin_out_
