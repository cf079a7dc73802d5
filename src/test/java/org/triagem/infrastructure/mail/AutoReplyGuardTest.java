package org.triagem.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.AUTO_SUBMITTED;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.BOUNCE;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.BULK_PRECEDENCE;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.LOOP_DETECTED;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.MAILING_LIST;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.NO_SENDER;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.SUPPRESSED_BY_SENDER;
import static org.triagem.infrastructure.mail.AutoReplyRefusal.SYSTEM_SENDER;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AutoReplyGuardTest {

    private static final String PERSON = "cliente@example.com.br";

    private final AutoReplyGuard guard = new AutoReplyGuard();

    static Stream<Arguments> headerVariants() {
        return Stream.of(
                variant("a person writing", PERSON, null),
                variant("Auto-Submitted: no", PERSON, null, "Auto-Submitted", "no"),
                variant("Precedence: first-class", PERSON, null, "Precedence", "first-class"),
                variant("Auto-Submitted: auto-replied", PERSON, AUTO_SUBMITTED, "Auto-Submitted", "auto-replied"),
                variant("Auto-Submitted with parameters", PERSON, AUTO_SUBMITTED,
                        "auto-submitted", "Auto-Generated; owner-email=\"x@example.com\""),
                variant("X-Autoreply", PERSON, AUTO_SUBMITTED, "X-Autoreply", "yes"),
                variant("Precedence: bulk", PERSON, BULK_PRECEDENCE, "Precedence", "bulk"),
                variant("Precedence: junk", PERSON, BULK_PRECEDENCE, "Precedence", "JUNK"),
                variant("Precedence: list", PERSON, BULK_PRECEDENCE, "Precedence", "list"),
                variant("any X-Loop", PERSON, LOOP_DETECTED, "X-Loop", "sac@triagem.example"),
                variant("X-Auto-Response-Suppress", PERSON, SUPPRESSED_BY_SENDER, "X-Auto-Response-Suppress", "OOF, AutoReply"),
                variant("List-Id", PERSON, MAILING_LIST, "List-Id", "Clientes <clientes.lists.example.com>"),
                variant("List-Unsubscribe", PERSON, MAILING_LIST, "List-Unsubscribe", "<mailto:sair@example.com>"),
                variant("null Return-Path", PERSON, BOUNCE, "Return-Path", "<>"),
                variant("null Return-Path with spaces", PERSON, BOUNCE, "Return-Path", "< >"),
                variant("empty Return-Path", PERSON, BOUNCE, "Return-Path", ""),
                variant("multipart/report", PERSON, BOUNCE,
                        "Content-Type", "multipart/report; report-type=delivery-status; boundary=x"),
                variant("MAILER-DAEMON", "MAILER-DAEMON@mx.example.net", SYSTEM_SENDER),
                variant("postmaster", "Postmaster@example.com", SYSTEM_SENDER),
                variant("noreply", "noreply@loja.example", SYSTEM_SENDER),
                variant("no-reply", "no-reply@loja.example", SYSTEM_SENDER),
                variant("nao-responda", "nao-responda@banco.example.com.br", SYSTEM_SENDER),
                variant("bounces with a tag", "bounces+1234@mailer.example", SYSTEM_SENDER),
                variant("no sender", null, NO_SENDER));
    }

    private static Arguments variant(String name, String sender, AutoReplyRefusal expected, String... headers) {
        return Arguments.of(name, MailHeaders.of(headers), sender, expected);
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("headerVariants")
    void decidesFromHeadersAndSender(String name, MailHeaders headers, String sender, AutoReplyRefusal expected) {
        AutoReplyDecision decision = guard.mayAutoReply(headers, sender);

        assertThat(decision.refusal()).as(name).isEqualTo(expected);
        assertThat(decision.isAllowed()).isEqualTo(expected == null);
    }

    @Test
    void allowsAcknowledgingAPlainComplaint() throws Exception {
        assertThat(guard.mayAutoReply(MailParserTest.parseCorpus("01-plain-utf8.eml")).isAllowed()).isTrue();
    }

    @Test
    void neverAnswersAnOutOfOfficeReply() throws Exception {
        assertThat(guard.mayAutoReply(MailParserTest.parseCorpus("14-out-of-office.eml")).refusal())
                .isEqualTo(AUTO_SUBMITTED);
    }

    @Test
    void neverAnswersABounce() throws Exception {
        assertThat(guard.mayAutoReply(MailParserTest.parseCorpus("15-bounce.eml")).refusal()).isEqualTo(BOUNCE);
    }
}
