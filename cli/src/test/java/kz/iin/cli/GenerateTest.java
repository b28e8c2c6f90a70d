package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import org.junit.jupiter.api.Test;

class GenerateTest {

    @Test
    void iinsAreValidDistinctAndEncodeWhatWasAsked() {
        Cli.Result r = Cli.run("generate", "--birth-date", "1990-01-31", "--sex", "F", "--count", "25");
        assertThat(r.exit()).isZero();
        List<String> ids = r.lines();
        assertThat(ids).hasSize(25).doesNotHaveDuplicates();
        for (String id : ids) {
            Iin iin = Iin.parse(id); // core is the judge
            assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
            assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
        }
    }

    @Test
    void binsAreValidAndEncodeWhatWasAsked() {
        Cli.Result r = Cli.run("generate", "--bin", "--registered", "2007-09", "--type", "RESIDENT",
                "--division", "BRANCH", "--count", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(3).doesNotHaveDuplicates();
        for (String id : r.lines()) {
            Bin bin = Bin.parse(id);
            assertThat(bin.registered()).isEqualTo(YearMonth.of(2007, 9));
            assertThat(bin.type()).isEqualTo(EntityType.RESIDENT);
            assertThat(bin.division()).isEqualTo(Division.BRANCH);
        }
    }

    @Test
    void generatedNumbersPassCheck() {
        String id = Cli.run("generate", "--birth-date", "2001-12-31", "--sex", "male").out().trim();
        Cli.Result r = Cli.run("check", id);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("birth date 2001-12-31, sex M");
    }

    @Test
    void badRequestsAreUsageErrorsAndPrintNothing() {
        String[][] bad = {
            {"generate", "--birth-date", "1990-02-30", "--sex", "F"},
            {"generate", "--birth-date", "1990-01-31"},
            {"generate", "--birth-date", "1700-01-01", "--sex", "M"},
            {"generate", "--birth-date", "1990-01-31", "--sex", "X"},
            {"generate", "--birth-date", "1990-01-31", "--sex", "F", "--count", "10001"},
            {"generate", "--birth-date", "1990-01-31", "--sex", "F", "--count", "0"},
            {"generate", "--bin"},
            {"generate", "--bin", "--registered", "2007-13"},
            {"generate", "--bin", "--registered", "2007-09", "--type", "CHARITY"},
            {"generate", "--bin", "--registered", "2007-09", "--sex", "F"},
        };
        for (String[] args : bad) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(r.stdout()).as(String.join(" ", args)).isEmpty();
            assertThat(r.stderr()).as(String.join(" ", args)).startsWith("iin: ");
            r.assertNoStackTrace();
        }
    }
}
