package kz.iin.validation;

import static kz.iin.validation.Validators.KAZAKH;
import static kz.iin.validation.Validators.RUSSIAN;
import static kz.iin.validation.Validators.VALIDATOR;
import static kz.iin.validation.Validators.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import kz.iin.IdError;
import org.junit.jupiter.api.Test;

/** The default messages in English, Russian and Kazakh, chosen per validation; none contains the value. */
class MessagesTest {
    static final Locale[] LANGUAGES = {Locale.ENGLISH, RUSSIAN, KAZAKH};
    static final Pattern FOUR_DIGITS_IN_A_ROW = Pattern.compile("[0-9]{4}");

    record Form(@Iin String iin, @Bin String bin, @TaxpayerId String any) {
    }

    record Greeting(@Iin(message = "{greeting.iin} ({reason})") String iin) {
    }

    @Test
    void theLocaleOfEachValidationChoosesTheLanguage() {
        Form form = new Form("900101300008", "990151000008", "9001013000");
        assertThat(messages(form, Locale.ENGLISH)).containsExactly(
                "is not a valid BIN: check digit (12th digit) does not match",
                "is not a valid IIN or BIN: not 12 characters long",
                "is not a valid IIN: check digit (12th digit) does not match");
        assertThat(messages(form, RUSSIAN)).containsExactly(
                "недействительный БИН: контрольная цифра (12-я цифра) не совпадает",
                "недействительный ИИН или БИН: длина не равна 12 символам",
                "недействительный ИИН: контрольная цифра (12-я цифра) не совпадает");
        assertThat(messages(form, KAZAKH)).containsExactly(
                "БСН жарамсыз: бақылау цифры (12-ші цифр) сәйкес келмейді",
                "ЖСН жарамсыз: бақылау цифры (12-ші цифр) сәйкес келмейді",
                "ЖСН немесе БСН жарамсыз: ұзындығы 12 таңба емес");
        // And back: nothing of the last locale sticks to the validator.
        assertThat(messages(form, Locale.ENGLISH)).hasSize(3).allMatch(m -> m.startsWith("is not a valid"));
    }

    @Test
    void aLanguageWithoutMessagesFallsBackToEnglish() {
        assertThat(messages(new Form("900101300008", null, null), Locale.GERMAN))
                .containsExactly("is not a valid IIN: check digit (12th digit) does not match");
    }

    @Test
    void everyReasonHasATextInEveryLanguageAndTheEnglishOneIsTheCoresDescription() throws IOException {
        for (Locale language : LANGUAGES) {
            Properties texts = load(language);
            for (IdError error : IdError.values()) {
                String text = texts.getProperty(ReasonMessages.REASON_KEY_PREFIX + error.name());
                assertThat(text).as(error + " in " + language).isNotBlank();
                if (language == Locale.ENGLISH) {
                    assertThat(text).isEqualTo(error.description());
                }
            }
            for (String constraint : new String[] {"Iin", "Bin", "TaxpayerId"}) {
                assertThat(texts.getProperty("kz.iin.validation." + constraint + ".message")).isNotBlank();
            }
        }
    }

    @Test
    void noMessageRepeatsTheValueNorAnyRunOfItsDigits() {
        String[] invalid = {"900101300008", "900101700002", "901301300007", "900101300800", "990151000008",
            "991340000007", "997151000006", "990191000005", "90010130000"};
        for (Locale language : LANGUAGES) {
            for (String value : invalid) {
                Set<String> found = messages(new Form(value, value, value), language);
                assertThat(found).as(value).isNotEmpty();
                assertThat(found).as(value).noneMatch(m -> m.contains(value)
                        || FOUR_DIGITS_IN_A_ROW.matcher(m).find() || m.contains("${"));
            }
        }
    }

    @Test
    void anApplicationsOwnValidationMessagesLiveBesideOurs() {
        // src/test/resources/ValidationMessages.properties plays the application's own bundle.
        assertThat(messages(new Greeting("900101300008"), Locale.ENGLISH))
                .containsExactly("Please check the IIN (check digit (12th digit) does not match)");
        assertThat(messages(new Greeting("900101300008"), RUSSIAN))
                .containsExactly("Please check the IIN (контрольная цифра (12-я цифра) не совпадает)");
        assertThat(VALIDATOR.validate(new Greeting("900101300007"))).isEmpty();
    }

    private static Properties load(Locale language) throws IOException {
        String suffix = language == Locale.ENGLISH ? "" : "_" + language.getLanguage();
        Properties texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/ContributorValidationMessages" + suffix
                + ".properties")) {
            assertThat(in).as("bundle for " + language).isNotNull();
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
