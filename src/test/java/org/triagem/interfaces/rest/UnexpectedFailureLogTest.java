package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnexpectedFailureLogTest {

    @Test
    void namesEachCauseAndWhereItWasThrownButNoneOfTheirMessages() {
        RuntimeException failure = new IllegalStateException("could not register",
                new RuntimeException("Value too long for column subject: 'Maria 529.982.247-25 maria@example.com'"));

        String line = UnexpectedFailures.Unexpected.withoutMessages(failure);

        assertThat(line).contains("java.lang.IllegalStateException at ").contains(" <- java.lang.RuntimeException at ")
                .contains("UnexpectedFailureLogTest").doesNotContain("529.982").doesNotContain("maria@")
                .doesNotContain("could not register");
    }
}
