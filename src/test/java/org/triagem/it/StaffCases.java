package org.triagem.it;

import jakarta.json.Json;
import java.util.UUID;

/** Opens complaints that the default rules route to a known department, for the staff ITs. */
final class StaffCases {

    static final String FINANCEIRO = "Financeiro";
    static final String LOGISTICA = "Logística";

    private StaffCases() {
    }

    /** A charge complaint (routed to Financeiro) from a customer of its own; answers the protocol. */
    static String financeiro(Api api) {
        return open(api, "Cobrança indevida", "Fui cobrado duas vezes pela mesma compra no cartão.");
    }

    /** A delivery complaint (routed to Logística). */
    static String logistica(Api api) {
        return open(api, "Entrega atrasada", "Meu pedido não chegou até hoje, a entrega está atrasada.");
    }

    static String open(Api api, String subject, String description) {
        return open(api, subject, description, email());
    }

    /** As above, from the customer with this address (a test that writes to the case as them). */
    static String open(Api api, String subject, String description, String email) {
        // built, not formatted: the text may carry quotes and markup (the XSS tests)
        String json = Json.createObjectBuilder().add("subject", subject).add("description", description)
                .add("email", email).build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        if (created.status() != 201) {
            throw new IllegalStateException("intake answered " + created.status() + ": " + created.body());
        }
        return created.json().getString("protocol");
    }

    static String email() {
        return "cliente-" + UUID.randomUUID() + "@example.com";
    }

    /** The case's current ETag as its department's staff read it. */
    static String etag(Api api, String protocol) {
        return api.get("api/cases/" + protocol).header("ETag");
    }
}
