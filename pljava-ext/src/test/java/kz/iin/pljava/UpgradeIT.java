package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.iin.pg.ThrowawayCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped update script {@code iin--FROM--TO.sql}: install FROM, {@code ALTER EXTENSION iin UPDATE
 * TO 'TO'} with a table using the domain, and the catalog (every member object, function signatures, labels,
 * bodies, comments, domain constraints, privileges) must equal a fresh install of TO. That comparison bites
 * when TO has a full script of its own; without one, PostgreSQL installs TO by the same chain (tested below)
 * and the surface is pinned by the transcripts ({@code sql/01_surface.sql}). The next version only adds its
 * update script (and default_version) and is tested here without a line of Java.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeIT {
    /** One row per member object of the extension, and what a DBA or the planner can see of it. */
    private static final String CATALOG = """
            SELECT pg_describe_object(d.classid, d.objid, 0)
                   || coalesce(' | ' || (SELECT concat_ws(' | ', pg_get_function_identity_arguments(p.oid),
                        pg_get_function_result(p.oid), l.lanname, p.provolatile, p.proisstrict, p.proparallel,
                        p.prosecdef, p.prosrc, p.proacl::text)
                        FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE d.classid = 'pg_proc'::regclass AND p.oid = d.objid), '')
                   || coalesce(' | ' || (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), ', ' ORDER BY c.conname)
                        FROM pg_constraint c WHERE d.classid = 'pg_type'::regclass AND c.contypid = d.objid), '')
                   || coalesce(' | ' || (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                        FROM pg_type t JOIN pg_attribute a ON a.attrelid = t.typrelid
                        WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid AND t.typtype = 'c'), '')
                   || ' | ' || coalesce(obj_description(d.objid, (SELECT relname FROM pg_class WHERE oid = d.classid)), '(no comment)')
              FROM pg_depend d
             WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
               AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'iin')
            UNION ALL
            SELECT 'schema iin | ' || nspacl::text || ' | ' || coalesce(obj_description(oid, 'pg_namespace'), '')
              FROM pg_namespace WHERE nspname = 'iin'
            UNION ALL
            SELECT 'PUBLIC may execute ' || p.oid::regprocedure::text FROM pg_proc p
             WHERE p.pronamespace = 'sqlj'::regnamespace AND has_function_privilege('public', p.oid, 'EXECUTE')
            ORDER BY 1""";
    private ThrowawayCluster pg;
    private int databases;

    @BeforeAll
    void start() throws Exception {
        pg = Extension.cluster();
    }

    @AfterAll
    void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    record Step(String from, String to) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    static Stream<Step> updateScripts() throws IOException {
        Pattern name = Pattern.compile("iin--([0-9.]+)--([0-9.]+)\\.sql");
        List<Step> steps;
        try (Stream<Path> files = Files.list(Extension.extensionDir())) {
            steps = files.map(p -> name.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> new Step(m.group(1), m.group(2))).sorted(java.util.Comparator.comparing(Step::toString)).toList();
        }
        assertThat(steps).as("update scripts in " + Extension.extensionDir()).isNotEmpty();
        return steps.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updateScripts")
    void updatedCatalogEqualsAFreshInstall(Step step) {
        String updated = database();
        pg.exec(updated, "SET client_min_messages = error; CREATE EXTENSION iin VERSION '" + step.from() + "' CASCADE");
        pg.exec(updated, "CREATE TABLE people (iin iin.iin NOT NULL); INSERT INTO people VALUES ('900101300007')");
        pg.exec(updated, "ALTER EXTENSION iin UPDATE TO '" + step.to() + "'");
        String fresh = database();
        pg.exec(fresh, "SET client_min_messages = error; CREATE EXTENSION iin VERSION '" + step.to() + "' CASCADE");

        assertThat(pg.exec(updated, "SELECT extversion FROM pg_extension WHERE extname = 'iin'")).isEqualTo(step.to() + "\n");
        assertThat(pg.exec(updated, CATALOG)).isEqualTo(pg.exec(fresh, CATALOG));
        assertThat(pg.exec(updated, "SELECT count(*) FROM people WHERE iin.iin_is_valid(iin)")).as("data kept").isEqualTo("1\n");
    }

    @Test
    void updateWithoutAVersionReachesTheDefaultAndTheNewFunctionAnswers() throws IOException {
        String oldest = updateScripts().map(Step::from).sorted().findFirst().orElseThrow();
        String db = database();
        pg.exec(db, "SET client_min_messages = error; CREATE EXTENSION iin VERSION '" + oldest + "' CASCADE");
        pg.exec(db, "ALTER EXTENSION iin UPDATE");
        String version = defaultVersion();
        assertThat(pg.exec(db, "SELECT extversion, iin.iin_pljava_version() FROM pg_extension WHERE extname = 'iin'"))
                .isEqualTo(version + "|" + version + "\n");
        assertThat(pg.exec(db, "SELECT iin.iin_kind('900101300007'), iin.iin_kind('050940000000'),"
                + " iin.iin_kind('900101300008') IS NULL, iin.iin_kind('junk') IS NULL"))
                .isEqualTo("IIN|BIN|t|t\n");
    }

    /**
     * One base script plus the update chain, no second full copy: when the default version has no
     * {@code iin--V.sql}, PostgreSQL's CREATE EXTENSION runs the newest full script, then each update script
     * on the way, and the result is exactly that base updated by ALTER EXTENSION.
     */
    @Test
    void aFreshInstallRunsTheBaseScriptThenTheUpdateChain() throws IOException {
        Pattern full = Pattern.compile("iin--([0-9.]+)\\.sql");
        List<String> fullScripts;
        try (Stream<Path> files = Files.list(Extension.extensionDir())) {
            fullScripts = files.map(p -> full.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        }
        String version = defaultVersion();
        assertThat(fullScripts).as("full scripts").isNotEmpty().doesNotContain(version);
        String base = fullScripts.get(fullScripts.size() - 1);

        String fresh = database();
        pg.exec(fresh, "SET client_min_messages = error; CREATE EXTENSION iin CASCADE");
        assertThat(pg.exec(fresh, "SELECT extversion, iin.iin_pljava_version() FROM pg_extension WHERE extname = 'iin'"))
                .isEqualTo(version + "|" + version + "\n");
        assertThat(pg.exec(fresh, "SELECT path FROM pg_extension_update_paths('iin') WHERE source = '" + base
                + "' AND target = '" + version + "'")).as("the chain PostgreSQL follows").startsWith(base + "--").endsWith(version + "\n");

        String updated = database();
        pg.exec(updated, "SET client_min_messages = error; CREATE EXTENSION iin VERSION '" + base + "' CASCADE");
        pg.exec(updated, "ALTER EXTENSION iin UPDATE");
        assertThat(pg.exec(fresh, CATALOG)).isEqualTo(pg.exec(updated, CATALOG));
    }

    private static String defaultVersion() throws IOException {
        String control = Files.readString(Extension.extensionDir().resolve("iin.control"));
        Matcher defaultVersion = Pattern.compile("default_version = '([0-9.]+)'").matcher(control);
        assertThat(defaultVersion.find()).as("default_version in iin.control").isTrue();
        return defaultVersion.group(1);
    }

    private String database() {
        String name = "upgrade" + (++databases);
        pg.createDatabase(name);
        return name;
    }
}
