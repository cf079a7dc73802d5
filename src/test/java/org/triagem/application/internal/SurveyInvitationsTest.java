package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.complaint.Resolution;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.outbox.SurveyInvitationComposer;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.SurveyDecision;
import org.triagem.domain.model.routing.SurveyRules;
import org.triagem.domain.model.sla.SlaTargets;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyKind;
import org.triagem.domain.model.survey.SurveyRepository;
import org.triagem.domain.model.survey.SurveyTokens;

/** What resolving a case does about a survey, with the rules, the tables and the mail faked. */
class SurveyInvitationsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final String SECRET = "unit-test-survey-secret-0123456789abcdef";

    private final List<OutgoingMail> queued = new ArrayList<>();
    private final List<Survey> stored = new ArrayList<>();
    private final List<ResolvedCase> asked = new ArrayList<>();
    private SurveyInvitations invitations;
    private Optional<String> unreachable = Optional.empty();
    private SurveyRules rules;

    @BeforeEach
    void setUp() {
        invitations = new SurveyInvitations();
        rules = resolved -> {
            asked.add(resolved);
            SurveyDecision d = new SurveyDecision();
            d.offer(SurveyKind.CSAT);
            return new SurveyRules.Outcome(d, List.of("everyone"));
        };
        invitations.rules = resolved -> rules.decide(resolved);
        invitations.surveys = new Surveys();
        invitations.reachability = resolved -> unreachable;
        invitations.outbox = new QueueingOutbox();
        invitations.composer = new SurveyInvitationComposer(Locale.forLanguageTag("pt-BR"), "triagem",
                ZoneId.of("America/Sao_Paulo"));
        invitations.links = links(SECRET);
        invitations.delayMinutes = 60;
        invitations.validDays = 30;
    }

    @Test
    void queuesTheSurveyMailAfterTheDelayWhenTheRulesAskForIt() {
        Optional<Survey> survey = invitations.afterResolution(resolvedCase("maria@example.com"), NOW);

        assertThat(survey).isPresent();
        assertThat(stored).hasSize(1);
        assertThat(queued).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.SURVEY);
            assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusMinutes(60));
        });
        assertThat(survey.get().expiresAt()).isEqualTo(NOW.plusMinutes(60).plusDays(30));
        assertThat(survey.get().customerKey()).hasSize(64).doesNotContain("maria");
    }

    @Test
    void theLinkInTheMailNamesTheSurvey() {
        Survey survey = invitations.afterResolution(resolvedCase("maria@example.com"), NOW).orElseThrow();
        String body = queued.get(0).body();
        String token = body.substring(body.indexOf("?t=") + 3, body.indexOf("&csat=1"));
        assertThat(new SurveyTokens(SECRET).verify(token, NOW)).isEqualTo(survey.id());
    }

    @Test
    void tellsTheRulesWhenTheCustomerWasLastOfferedNps() {
        ((Surveys) invitations.surveys).lastNps = Optional.of(NOW.minusDays(10));
        invitations.afterResolution(resolvedCase("maria@example.com"), NOW);
        assertThat(asked.get(0).npsOfferedWithinDays(90)).isTrue();
        assertThat(asked.get(0).npsOfferedWithinDays(10)).isFalse();
    }

    @Test
    void sendsNothingToACustomerWhoCannotBeSurveyed() {
        unreachable = Optional.of("earlier mail to the address bounced");
        assertThat(invitations.afterResolution(resolvedCase("maria@example.com"), NOW)).isEmpty();
        assertThat(queued).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void sendsNothingWhenTheRulesWithholdTheSurvey() {
        rules = resolved -> {
            SurveyDecision d = new SurveyDecision();
            d.offer(SurveyKind.CSAT);
            d.withhold("spam");
            return new SurveyRules.Outcome(d, List.of("spam"));
        };
        assertThat(invitations.afterResolution(resolvedCase("maria@example.com"), NOW)).isEmpty();
        assertThat(queued).isEmpty();
        assertThat(stored).isEmpty();
    }

    @Test
    void aFailureOfTheRulesCostsTheSurveyNotTheResolution() {
        rules = resolved -> {
            throw new IllegalStateException("the rules are still being built");
        };
        assertThat(invitations.afterResolution(resolvedCase("maria@example.com"), NOW)).isEmpty();
        assertThat(queued).isEmpty();
    }

    @Test
    void sendsNothingWithoutASecretOrWithoutAnAddress() {
        invitations.links = links(null);
        assertThat(invitations.afterResolution(resolvedCase("maria@example.com"), NOW)).isEmpty();
        invitations.links = links(SECRET);
        assertThat(invitations.afterResolution(resolvedCase(null), NOW)).isEmpty();
        assertThat(queued).isEmpty();
    }

    @Test
    void countsTheSameCustomerWhateverTheCapitals() {
        assertThat(SurveyInvitations.customerKey("Maria@Example.com "))
                .isEqualTo(SurveyInvitations.customerKey("maria@example.com"));
    }

    private static SurveyLinks links(String secret) {
        SurveyLinks links = new SurveyLinks();
        links.secret = Optional.ofNullable(secret);
        links.pageUrl = "https://sac.example/pesquisa.html";
        links.init();
        return links;
    }

    private static Case resolvedCase(String email) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null, new Customer(null, email, null, null),
                "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("Cobrança", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        Case c = Case.open(ProtocolNumber.issue(2026, 21), contact, decision, ClockSettings.standard(), NOW.minusDays(1));
        c.resolve("fabio", new Resolution("estorno", "cobranca-duplicada", null), NOW);
        return c;
    }

    private final class Surveys implements SurveyRepository {
        Optional<OffsetDateTime> lastNps = Optional.empty();

        @Override
        public void add(Survey survey) {
            stored.add(survey);
            // as the database would: an id at persist
            try {
                var id = Survey.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(survey, 4711L + stored.size());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<Survey> find(long id) {
            return stored.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public Optional<Survey> findForAnswer(long id) {
            return find(id);
        }

        @Override
        public List<Survey> forCase(String protocol) {
            return stored.stream().filter(s -> s.protocol().equals(protocol)).toList();
        }

        @Override
        public Optional<OffsetDateTime> lastNpsOfferedTo(String customerKey) {
            return lastNps;
        }
    }

    private final class QueueingOutbox implements Outbox {
        @Override
        public void add(OutgoingMail mail) {
            queued.add(mail);
        }

        @Override
        public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
            return List.of();
        }

        @Override
        public int countAutomaticTo(String recipient, OffsetDateTime since) {
            return 0;
        }

        @Override
        public Map<String, Integer> countAutomaticToEach(java.util.Collection<String> recipients,
                OffsetDateTime since) {
            return Map.of();
        }

        @Override
        public boolean hasFailedTo(String recipient) {
            return false;
        }

        @Override
        public boolean hasQueued(ProtocolNumber protocol, MailKind kind) {
            return false;
        }

        @Override
        public Optional<OutgoingMail> withMessageId(String messageId) {
            return Optional.empty();
        }
    }
}
