package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingTest {

    @Test
    void emailKeepsOnlyTheFirstLetterAndTheDomain() {
        assertThat(EmailAddress.mask("maria.silva@example.com.br")).isEqualTo("m***@example.com.br");
    }

    @Test
    void phoneKeepsOnlyTheLastFourDigits() {
        assertThat(PhoneNumbers.mask("+55 (11) 98765-4321")).isEqualTo("*********4321");
    }

    @Test
    void customerDescriptionForLogsHasNoFullIdentifier() {
        Customer c = new Customer("Maria", "maria@example.com", "11987654321", "52998224725");
        assertThat(c.describeMasked()).doesNotContain("maria@").doesNotContain("98765")
                .doesNotContain("52998224725");
    }

    @Test
    void validatesEmailShapes() {
        assertThat(EmailAddress.isValid("a.b+c@example.com.br")).isTrue();
        assertThat(EmailAddress.isValid("not-an-email")).isFalse();
        assertThat(EmailAddress.isValid("a@b")).isFalse();
        assertThat(EmailAddress.isValid("a..b@example.com")).isFalse();
    }

    @Test
    void normalisesTheDomainToLowerCase() {
        assertThat(new Customer(null, "Maria@Example.COM", null, null).email()).isEqualTo("Maria@example.com");
    }
}
