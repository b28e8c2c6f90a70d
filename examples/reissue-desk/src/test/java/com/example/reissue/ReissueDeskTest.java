package com.example.reissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.iin.Sex;
import kz.iin.pg.IinExtension;
import kz.iin.pg.ThrowawayCluster;
import kz.iin.rules.Application;
import kz.iin.rules.Citizenship;
import kz.iin.rules.Decision;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.DocumentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The desk on a throwaway PostgreSQL cluster with the iin extension; skipped, loudly, without PL/Java. */
@Tag("slow")
class ReissueDeskTest {
    private static final Path EXTENSION_JAR = Path.of(System.getProperty("iin.pljava.jar", "iin-pljava.jar"));
    private static ThrowawayCluster pg;
    private static EntityManagerFactory database;
    private static ReissueDesk desk;

    @BeforeAll
    static void start() throws IOException {
        Optional<String> missing = IinExtension.missing(EXTENSION_JAR);
        if (missing.isPresent()) {
            System.out.println("SKIPPED: the reissue-desk example needs " + missing.get());
        }
        Assumptions.assumeTrue(missing.isEmpty());
        pg = IinExtension.startCluster(EXTENSION_JAR, List.of());
        IinExtension.createDatabase(pg, "desk");
        try (InputStream schema = ReissueDesk.class.getResourceAsStream("/schema.sql")) {
            pg.exec("desk", new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
        database = DeskDatabase.open(pg.jdbcUrl("desk"));
        desk = new ReissueDesk(database);
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aMistypedIinIsStoppedBeforeAnySql() {
        Citizen mistyped = new Citizen("900101300008", Citizenship.KZ, null, LocalDate.of(1990, 1, 1), Sex.MALE,
                DocumentType.ID_CARD, LocalDate.of(2015, 6, 1), true);
        assertThatThrownBy(() -> desk.register(mistyped)).isInstanceOf(ConstraintViolationException.class)
                .message().doesNotContain("900101300008");
        assertThat(pg.exec("desk", "SELECT count(*) FROM citizen WHERE iin::text = '900101300008'").strip())
                .isEqualTo("0");
    }

    @Test
    void theDecisionIsMadeFromTheStoredCitizen() {
        long id = desk.register(new Citizen("850715400109", Citizenship.KZ, null, LocalDate.of(1985, 7, 15),
                Sex.FEMALE, DocumentType.ID_CARD, LocalDate.of(2005, 3, 1), false));
        Application everyPaper = new Application(true, true, Map.of(DocumentCode.ID_COPY, 1,
                DocumentCode.ID_ORIGINAL, 1, DocumentCode.ADDRESS_REFERENCE, 1, DocumentCode.PHOTOS, 2));

        Decision d = desk.decideReissue(id, LocalDate.of(2026, 1, 15), everyPaper);

        assertThat(d.decided()).isTrue();
        assertThat(d.documentValid()).as("no IIN printed, and it is after 1 Jan 2013").isFalse();
        assertThat(d.reissueRequired()).isTrue();
        assertThat(d.reissueAvailable()).isTrue();
        assertThat(d.missingDocuments()).isEmpty();
    }

    @Test
    void theRegistryReportListsEncodedBirthDatesThatDifferFromTheDocuments() {
        long differs = desk.register(new Citizen("900101300007", Citizenship.KZ, null, LocalDate.of(1990, 1, 2),
                Sex.MALE, DocumentType.ID_CARD, LocalDate.of(2016, 2, 1), true));
        long matches = desk.register(new Citizen("900131400017", Citizenship.KZ, null, LocalDate.of(1990, 1, 31),
                Sex.FEMALE, DocumentType.ID_CARD, LocalDate.of(2016, 2, 1), true));

        assertThat(desk.encodedBirthDateDiffersFromDocuments()).contains(differs).doesNotContain(matches);
    }
}
