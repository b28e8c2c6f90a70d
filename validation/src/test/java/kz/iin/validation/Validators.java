package kz.iin.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;

/**
 * One Hibernate Validator for the module's tests, configured as a web application would be: the locale
 * of each validation comes from the current request (here a thread-local), English by default.
 */
final class Validators {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Locale KAZAKH = Locale.forLanguageTag("kk");

    private static final ThreadLocal<Locale> REQUEST_LOCALE = ThreadLocal.withInitial(() -> Locale.ENGLISH);

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .locales(Locale.ENGLISH, RUSSIAN, KAZAKH)
            .defaultLocale(Locale.ENGLISH)
            .localeResolver(context -> REQUEST_LOCALE.get())
            .buildValidatorFactory();

    static final Validator VALIDATOR = FACTORY.getValidator();

    private Validators() {
    }

    /** The messages of validating {@code bean} in {@code locale}, sorted. */
    static Set<String> messages(Object bean, Locale locale) {
        return messagesOf(violationsIn(bean, locale));
    }

    static Set<ConstraintViolation<Object>> violationsIn(Object bean, Locale locale) {
        Locale before = REQUEST_LOCALE.get();
        REQUEST_LOCALE.set(locale);
        try {
            return VALIDATOR.validate(bean);
        } finally {
            REQUEST_LOCALE.set(before);
        }
    }

    static <T> Set<String> messagesOf(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "path: message" for each violation, sorted, to assert where a violation was found. */
    static <T> Set<String> pathsAndMessages(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
