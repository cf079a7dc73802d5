package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "'(11) 98765-4321', +5511987654321",
            "'11 98765 4321', +5511987654321",
            "'+55 11 98765-4321', +5511987654321",
            "'005511987654321', +5511987654321",
            "'5511987654321', +5511987654321",
            "'011987654321', +5511987654321",
            "'0 15 11 98765-4321', +5511987654321",
            "'(21) 3456-7890', +552134567890",
            "'0 21 21 3456-7890', +552134567890",
            "'+1 415 555 2671', +14155552671"})
    void normalisesTheWaysBrazilianPhoneSystemsPresentANumberToE164(String raw, String e164) {
        assertThat(PhoneNumbers.toE164(raw)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "anonymous", "(11) 8765-432", "(01) 98765-4321", "11 18765 4321", "+0 11 98765"})
    void placesNoNumberForWhatIsNotOne(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ramal 12", "12"})
    void keepsFreeTextTheCustomerTypedOnAForm(String raw) {
        assertThat(PhoneNumbers.normaliseLeniently(raw)).isEqualTo(raw);
    }
}
