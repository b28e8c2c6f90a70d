package kz.iin.validation;

import static kz.iin.validation.Validators.VALIDATOR;
import static kz.iin.validation.Validators.pathsAndMessages;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A JSON body as a Spring or Jakarta REST controller receives it: {@code @Valid} records nested in a
 * record, checked the way the framework checks a {@code @Valid @RequestBody} parameter (through
 * Bean Validation's method validation).
 */
class ValidRequestBodyTest {
    record Guardian(@NotNull @Iin String iin, String name) {
    }

    record ReissueRequest(@NotNull @Iin String applicant, @Valid List<Guardian> guardians,
            @TaxpayerId String employer) {
    }

    static class ReissueController {
        public String submit(@Valid @NotNull ReissueRequest body) {
            return "accepted";
        }
    }

    static final Method SUBMIT;

    static {
        try {
            SUBMIT = ReissueController.class.getMethod("submit", ReissueRequest.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Set<ConstraintViolation<ReissueController>> submit(ReissueRequest body) {
        return VALIDATOR.forExecutables().validateParameters(new ReissueController(), SUBMIT, new Object[] {body});
    }

    @Test
    void aValidBodyPasses() {
        assertThat(submit(new ReissueRequest("900101300007", List.of(new Guardian("850715400109", "A")),
                "990151000007"))).isEmpty();
        assertThat(submit(new ReissueRequest("900101300007", List.of(), null))).isEmpty();
    }

    @Test
    void everyInvalidIdentifierIsReportedAtItsPath() {
        ReissueRequest body = new ReissueRequest("900101300008",
                List.of(new Guardian("850715400109", "A"), new Guardian(null, "B"), new Guardian("850715400102", "C")),
                "990151000008");
        assertThat(pathsAndMessages(submit(body))).containsExactly(
                "submit.arg0.applicant: is not a valid IIN: check digit (12th digit) does not match",
                "submit.arg0.employer: is not a valid IIN or BIN: check digit (12th digit) does not match",
                "submit.arg0.guardians[1].iin: must not be null",
                "submit.arg0.guardians[2].iin: is not a valid IIN: check digit (12th digit) does not match");
    }
}
