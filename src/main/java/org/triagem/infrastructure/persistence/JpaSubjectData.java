package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.subject.SubjectData;
import org.triagem.domain.model.subject.SubjectKey;

/**
 * A subject's data in the database. Cases are matched on the indexed customer columns exactly (the e-mail
 * address in any letter case); quarantined payloads, raw text, by the identifier's usual spellings.
 */
@ApplicationScoped
public class JpaSubjectData implements SubjectData {

    static final String BY_CPF = "SELECT c FROM ComplaintCase c WHERE c.firstContact.customer.cpf = :value";
    static final String BY_EMAIL = "SELECT c FROM ComplaintCase c WHERE LOWER(c.firstContact.customer.email) = :value";
    static final String BY_PHONE = "SELECT c FROM ComplaintCase c WHERE c.firstContact.customer.phone = :value";
    static final String SURVEYS = "SELECT protocol, created_at, answered_at, csat, nps, ces, comment FROM survey"
            + " WHERE protocol IN (%s) ORDER BY created_at, id";
    static final String QUARANTINED = "SELECT id, channel, received_at, reason, payload FROM quarantine"
            + " WHERE LOWER(payload) LIKE ? ORDER BY received_at, id";

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public List<Case> casesOf(SubjectKey key) {
        String jpql = switch (key.type()) {
            case CPF -> BY_CPF;
            case EMAIL -> BY_EMAIL;
            case PHONE -> BY_PHONE;
            case PROTOCOL -> "SELECT c FROM ComplaintCase c WHERE c.protocol = :value";
        };
        return loaded(em.createQuery(jpql, Case.class).setParameter("value", key.value()).getResultList());
    }

    @Override
    public List<Case> casesOf(Customer customer) {
        Map<String, Case> found = new LinkedHashMap<>();
        keysOf(customer).forEach(k -> casesOf(k).forEach(c -> found.putIfAbsent(c.protocol().value(), c)));
        return new ArrayList<>(found.values());
    }

    private static List<SubjectKey> keysOf(Customer customer) {
        List<SubjectKey> keys = new ArrayList<>();
        if (customer.cpf() != null) {
            keys.add(new SubjectKey(SubjectKey.Type.CPF, customer.cpf()));
        }
        if (customer.email() != null) {
            keys.add(new SubjectKey(SubjectKey.Type.EMAIL, customer.email().toLowerCase(Locale.ROOT)));
        }
        if (customer.phone() != null) {
            keys.add(new SubjectKey(SubjectKey.Type.PHONE, customer.phone()));
        }
        return keys;
    }

    /** The messages and history are read inside the transaction, for the caller to use after it. */
    private static List<Case> loaded(List<Case> cases) {
        cases.forEach(c -> {
            c.conversation().messages().size();
            c.history().size();
        });
        return cases;
    }

    @Override
    public List<SurveyAnswer> surveysOf(Collection<String> protocols) {
        if (protocols.isEmpty()) {
            return List.of();
        }
        // Protocols are validated 14-digit numbers (ProtocolNumber), safe to inline as literals.
        String in = String.join(",", protocols.stream().filter(p -> p.matches("[0-9]{1,20}"))
                .map(p -> "'" + p + "'").toList());
        if (in.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(SURVEYS, in)).getResultList();
        return rows.stream().map(r -> new SurveyAnswer((String) r[0], time(r[1]), time(r[2]), integer(r[3]),
                integer(r[4]), integer(r[5]), (String) r[6])).toList();
    }

    @Override
    public List<QuarantinedItem> quarantinedWith(SubjectKey key) {
        Map<Long, QuarantinedItem> found = new LinkedHashMap<>();
        for (String spelling : spellings(key)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(QUARANTINED).setParameter(1, "%" + like(spelling) + "%")
                    .getResultList();
            rows.forEach(r -> found.putIfAbsent(((Number) r[0]).longValue(), new QuarantinedItem(
                    ((Number) r[0]).longValue(), (String) r[1], time(r[2]), (String) r[3], (String) r[4])));
        }
        return new ArrayList<>(found.values());
    }

    /** How the identifier may appear in a raw payload: as stored, and as people write it. */
    static Set<String> spellings(SubjectKey key) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(key.value().toLowerCase(Locale.ROOT));
        if (key.type() == SubjectKey.Type.CPF) {
            String d = key.value();
            spellings.add(d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9));
        } else if (key.type() == SubjectKey.Type.PHONE && key.value().startsWith("+55")) {
            spellings.add(key.value().substring(3));
        }
        return spellings;
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant t) {
            return t.atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString().replace(' ', 'T'));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
