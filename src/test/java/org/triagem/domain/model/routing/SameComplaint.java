package org.triagem.domain.model.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * One complaint, as each source of facts holds it: Maria's web-form complaint about a charge, the
 * category picked on the form, her phone number given, one other case of hers open. Intake, re-timing,
 * simulation and scenario tests each feed their own form of it to the code that builds the rules' facts
 * and compare what the rules get with {@link #FIELDS}.
 */
public final class SameComplaint {

    public static final String SUBJECT = "Cobrança indevida";
    public static final String DESCRIPTION = "Fui cobrada duas vezes pela mesma compra.";
    public static final String CATEGORY_HINT = "cobranca";
    public static final String PHONE = "(11) 98765-4321";

    /** Her other open case: one before this complaint came in. */
    public static final int EARLIER_OPEN_CASES = 1;

    /** Every field the rules can read about her complaint, by the getter's name. */
    public static final Map<String, Object> FIELDS = fields();

    private SameComplaint() {
    }

    /** The complaint as the web form hands it to intake. */
    public static IncomingContact contact() {
        return new IncomingContact(Channel.WEB_FORM, "form-token-1", new Customer("Maria", null, PHONE, null),
                SUBJECT, DESCRIPTION, CATEGORY_HINT);
    }

    /** The complaint as a row of a scenario file, by column. */
    public static Map<String, String> scenarioRow() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("name", "A mesma reclamação");
        cells.put("channel", "WEB_FORM");
        cells.put("subject", SUBJECT);
        cells.put("description", DESCRIPTION);
        cells.put("category_hint", CATEGORY_HINT);
        cells.put("earlier_open_cases", String.valueOf(EARLIER_OPEN_CASES));
        cells.put("customer_identified", "sim");
        return cells;
    }

    private static Map<String, Object> fields() {
        Map<String, Object> f = new HashMap<>();
        f.put("getChannel", Channel.WEB_FORM);
        f.put("getSubject", SUBJECT);
        f.put("getDescription", DESCRIPTION);
        f.put("getCategoryHint", CATEGORY_HINT);
        f.put("getIvrChoice", null);
        f.put("isCustomerIdentified", true);
        f.put("getEarlierOpenCases", EARLIER_OPEN_CASES);
        f.put("isRepeatContact", true);
        f.put("getCustomerSegment", null);
        f.put("getMinutesSinceOpenCase", null);
        f.put("isCallDropped", false);
        f.put("isCallbackRequested", false);
        return f;
    }

    /**
     * What a rule can read from the complaint through its getters, by name. A getter added to
     * {@link Complaint} shows up here, and so fails every comparison until {@link #FIELDS} names it.
     */
    public static Map<String, Object> fieldsOf(Complaint complaint) {
        Map<String, Object> read = new TreeMap<>();
        for (Method m : getters()) {
            try {
                read.put(m.getName(), m.invoke(complaint));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(m.getName(), e);
            }
        }
        return read;
    }

    /** Asserts that the rules read exactly Maria's complaint. */
    public static void assertIsTheSameComplaint(Complaint complaint) {
        assertThat(fieldsOf(complaint)).containsExactlyInAnyOrderEntriesOf(FIELDS);
    }

    private static List<Method> getters() {
        return Arrays.stream(Complaint.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Complaint.class && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0)
                .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
                .toList();
    }
}
