package org.triagem.domain.model.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A subject's identifier read as intake normalises it, and never shown or stored in clear. */
class SubjectKeyTest {

    @Test
    void readsACpfWithOrWithoutPunctuation() {
        assertThat(SubjectKey.read("529.982.247-25")).contains(new SubjectKey(SubjectKey.Type.CPF, "52998224725"));
        assertThat(SubjectKey.read("52998224725")).contains(new SubjectKey(SubjectKey.Type.CPF, "52998224725"));
    }

    @Test
    void readsAnEmailInAnyCaseAndAPhoneAsE164() {
        assertThat(SubjectKey.read(" Maria@Example.COM ")).contains(new SubjectKey(SubjectKey.Type.EMAIL,
                "maria@example.com"));
        assertThat(SubjectKey.read("(11) 98765-4321")).contains(new SubjectKey(SubjectKey.Type.PHONE,
                "+5511987654321"));
    }

    @Test
    void refusesWhatIsNoIdentifier() {
        assertThat(SubjectKey.read("Souza")).isEmpty();
        assertThat(SubjectKey.read("")).isEmpty();
        assertThat(SubjectKey.read("maria@")).isEmpty();
    }

    @Test
    void showsOnlyTheMaskAndTheHashDiffersPerSubject() {
        SubjectKey maria = SubjectKey.read("maria@example.com").orElseThrow();
        SubjectKey mario = SubjectKey.read("mario@example.com").orElseThrow();

        assertThat(maria.toString()).isEqualTo("EMAIL m***@example.com");
        assertThat(maria.hash()).isNotEqualTo(mario.hash()).doesNotContain("maria");
    }
}
