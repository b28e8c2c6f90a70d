package kz.iin.bench.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The comparison is fair only if each bench input is what it claims: valid, or invalid by its check digit. */
class BeanInputsTest {
    @Test
    void validFormsPassAndInvalidFormsFailOnce() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(BeanInputs.iinForms(true)).allMatch(f -> validator.validate(f).isEmpty());
            assertThat(BeanInputs.peselForms(true)).allMatch(f -> validator.validate(f).isEmpty());
            assertThat(BeanInputs.iinForms(false)).allMatch(f -> validator.validate(f).size() == 1);
            assertThat(BeanInputs.peselForms(false)).allMatch(f -> validator.validate(f).size() == 1);
            assertThat(Arrays.stream(BeanInputs.peselForms(true)).map(BeanInputs.PeselForm::pesel).distinct())
                    .hasSizeGreaterThan(BeanInputs.SIZE * 9 / 10);
        }
    }
}
