package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.triagem.application.WriteBehind;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.IntakeReceipts;
import org.triagem.domain.model.complaint.IntakeReceipts.Received;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.AcknowledgementQuota;

class IntakeBatchTest {

    /** What the batch asked of the persistence context, in order. */
    private final List<String> calls = new ArrayList<>();

    private final WriteBehind writes = new WriteBehind() {
        @Override
        public void holdUntilFlush() {
            calls.add("hold");
        }

        @Override
        public void flush() {
            calls.add("flush");
        }

        @Override
        public void resume() {
            calls.add("resume");
        }
    };

    private final List<Received> recorded = new ArrayList<>();

    private final IntakeReceipts receipts = new IntakeReceipts() {
        @Override
        public Optional<ProtocolNumber> caseFor(Channel channel, String sourceKey) {
            return Optional.empty();
        }

        @Override
        public boolean claim(Channel channel, String sourceKey, OffsetDateTime now) {
            return true;
        }

        @Override
        public void recordAll(List<Received> received) {
            calls.add("record " + received.size());
            recorded.addAll(received);
        }
    };

    /** No acknowledgement is asked about here. */
    private static final AcknowledgementQuota.Tally NO_QUOTA = new AcknowledgementQuota.Tally() {
        @Override
        public boolean allowsAnotherTo(String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void queued(String address) {
            throw new UnsupportedOperationException();
        }
    };

    /** How many protocol numbers each draw asked for. */
    private final List<Integer> draws = new ArrayList<>();
    private long lastDrawn = 41;

    /** Only the protocol sequence is asked of the cases here. */
    private final CaseRepository cases = (CaseRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {CaseRepository.class}, (proxy, method, args) -> {
                if (!method.getName().equals("nextProtocolSequences")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                int count = (Integer) args[0];
                draws.add(count);
                return LongStream.rangeClosed(lastDrawn + 1, lastDrawn += count).boxed().toList();
            });

    @Test
    void protocolNumbersForTheWholeBatchAreDrawnInOneQuery() {
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, 3, NO_QUOTA);
        List<Long> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.admit(mailFrom("cliente" + i + "@example.com", "uid-" + i));
            issued.add(batch.nextProtocolSequence());
        }

        assertThat(issued).containsExactly(42L, 43L, 44L);
        assertThat(draws).containsExactly(3);
    }

    @Test
    void aBatchWhoseFirstContactJoinedACaseDrawsOnlyForTheContactsLeft() {
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, 3, NO_QUOTA);
        batch.admit(mailFrom("a@example.com", "uid-1")); // a reply: no protocol number
        batch.admit(mailFrom("b@example.com", "uid-2"));

        assertThat(batch.nextProtocolSequence()).isEqualTo(42L);
        assertThat(draws).containsExactly(2);
    }

    @Test
    void contactsFromDifferentCustomersAreWrittenTogetherAtTheEnd() {
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, 3, NO_QUOTA);
        for (int i = 0; i < 3; i++) {
            IncomingContact mail = mailFrom("cliente" + i + "@example.com", "uid-" + i);
            batch.admit(mail);
            batch.received(mail, null);
        }
        batch.finish();

        assertThat(calls).containsExactly("hold", "record 3", "resume");
        assertThat(recorded).extracting(Received::sourceKey).containsExactly("uid-0", "uid-1", "uid-2");
    }

    @Test
    void aSecondContactFromTheSameCustomerSeesTheFirstWritten() {
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, 3, NO_QUOTA);
        batch.admit(mailFrom("maria@example.com", "uid-1"));
        batch.admit(mailFrom("joao@example.com", "uid-2"));
        batch.admit(mailFrom("MARIA@example.com", "uid-3"));

        // Her open cases and today's acknowledgements to her must include the first mail's.
        assertThat(calls).containsExactly("hold", "flush");
    }

    @Test
    void theSameCpfOnAnotherChannelCountsAsTheSameCustomer() {
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, 3, NO_QUOTA);
        batch.admit(new IncomingContact(Channel.WEB_FORM, "form-1", new Customer("Ana", null, null, "52998224725"),
                "Cobrança", "Cobrança indevida", null));
        batch.admit(new IncomingContact(Channel.EMAIL, "uid-9", new Customer("Ana", "ana@example.com", null, "52998224725"),
                "Cobrança", "De novo", null));

        assertThat(calls).containsExactly("hold", "flush");
    }

    @Test
    void aBatchWithoutSourceKeysStillWritesItsCasesBeforeQueriesFlushAgain() {
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, 3, NO_QUOTA);
        IncomingContact form = new IncomingContact(Channel.WEB_FORM, null, Customer.anonymous(), "Oi", "Texto", null);
        batch.admit(form);
        batch.received(form, null);
        batch.finish();

        assertThat(calls).containsExactly("hold", "flush", "resume");
        assertThat(recorded).isEmpty();
    }

    private static IncomingContact mailFrom(String address, String uid) {
        return new IncomingContact(Channel.EMAIL, uid, new Customer("Cliente", address, null, null), "Pedido",
                "Meu pedido não chegou", null);
    }
}
