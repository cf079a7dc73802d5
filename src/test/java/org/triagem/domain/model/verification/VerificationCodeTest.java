package org.triagem.domain.model.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeIsSixCharactersWithoutTheOnesPeopleConfuse() {
        SecureRandom random = new SecureRandom();
        IntStream.range(0, 2_000).mapToObj(i -> VerificationCode.issue(random).value()).forEach(code ->
                assertThat(code).hasSize(6).matches("[2-9A-HJKMNP-Z]{6}").doesNotContain("0", "O", "1", "I", "L"));
    }

    @Test
    void everyCharacterOfTheAlphabetComesUpAndCodesDoNotRepeat() {
        SplittableRandom seeded = new SplittableRandom(19);
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.issue(seeded).value();
            codes.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(31);
        // 31^6 is some 887 million: ten thousand draws almost never collide
        assertThat(codes).hasSizeGreaterThan(9_990);
    }

    @Test
    void whatAPersonTypesIsReadInAnyCaseWithSpacesAndDashes() {
        VerificationCode code = VerificationCode.of("K7MQ2X");

        assertThat(VerificationCode.read("k7m-q2x")).hasValueSatisfying(c -> assertThat(c.matches(code)).isTrue());
        assertThat(VerificationCode.read(" K7M Q2X ")).contains(code);
        assertThat(VerificationCode.read("K7MQ2Y")).hasValueSatisfying(c -> assertThat(c.matches(code)).isFalse());
    }

    @Test
    void anEmailACpfOrATypoIsNoCode() {
        assertThat(VerificationCode.read("maria@example.com")).isEmpty();
        assertThat(VerificationCode.read("529.982.247-25")).isEmpty();
        assertThat(VerificationCode.read("K7MQ2")).isEmpty();
        assertThat(VerificationCode.read("K7MQ2XX")).isEmpty();
        assertThat(VerificationCode.read("K0MQ2X")).as("a zero is not in the alphabet").isEmpty();
        assertThat(VerificationCode.read("")).isEmpty();
        assertThat(VerificationCode.read(null)).isEmpty();
        assertThatThrownBy(() -> VerificationCode.of("k7mq2x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCodeNeverShowsInItsTextSoALoggedReceiptDoesNotCarryIt() {
        VerificationCode code = VerificationCode.of("K7MQ2X");

        assertThat(code.toString()).doesNotContain("K7MQ2X");
        assertThat(new org.triagem.application.IntakeReceipt(
                org.triagem.domain.model.complaint.ProtocolNumber.issue(2026, 1), true, code).toString())
                .doesNotContain("K7MQ2X");
    }
}
