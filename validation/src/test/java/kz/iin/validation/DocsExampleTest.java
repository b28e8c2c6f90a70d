package kz.iin.validation;

import static kz.iin.validation.Validators.VALIDATOR;
import static kz.iin.validation.Validators.pathsAndMessages;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three-line example of docs/java.md, with the output it shows. */
class DocsExampleTest {
    record Applicant(@NotNull @Iin String iin, @TaxpayerId String employer, List<@Bin String> branches) {}

    @Test
    void theExamplePrintsWhatTheDocsSay() {
        assertThat(pathsAndMessages(VALIDATOR.validate(new Applicant("900101300008", null, List.of()))))
                .containsExactly("iin: is not a valid IIN: check digit (12th digit) does not match");
    }
}
