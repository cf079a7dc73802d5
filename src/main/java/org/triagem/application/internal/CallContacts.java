package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.CallNote;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.CallEventType;

/**
 * Words for calls: the contact a call's first event becomes, the facts the rules get about a call,
 * and the lines call events leave in a case's history. The caller's number never appears in them
 * (it is kept, in E.164, with the customer).
 */
@ApplicationScoped
class CallContacts {

    /** A call's source key in intake receipts: every event of the call finds the case through it. */
    static String sourceKeyOf(String callId) {
        return "call:" + callId;
    }

    IncomingContact contactFor(CallEvent event) {
        String topic = event.ivrChoice() == null ? "atendimento" : event.ivrChoice();
        return new IncomingContact(Channel.PHONE, sourceKeyOf(event.callId()), customerOf(event),
                "Ligação: " + topic, describeCall(event), event.category())
                .about(factsOf(event));
    }

    Customer customerOf(CallEvent event) {
        return new Customer(event.customerName(), null, event.caller(), event.cpf());
    }

    static CallFacts factsOf(CallEvent event) {
        return new CallFacts(event.ivrChoice(), event.type() == CallEventType.DROPPED,
                event.type() == CallEventType.CALLBACK_REQUESTED);
    }

    private static String describeCall(CallEvent event) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (event.type()) {
            case DROPPED -> "Ligação interrompida antes do atendimento.";
            case CALLBACK_REQUESTED -> "O cliente pediu retorno por telefone.";
            default -> "Ligação recebida no SAC.";
        });
        if (!event.ivrPath().isEmpty()) {
            parts.add("URA: " + String.join(" > ", event.ivrPath()) + ".");
        }
        if (event.notes() != null) {
            parts.add("Anotações: " + event.notes());
        }
        return String.join(" ", parts);
    }

    CallNote describeUpdate(CallEvent event) {
        return CallNote.updated(event.category(), event.notes());
    }

    CallNote describeEnd(CallEvent event) {
        return CallNote.ended(event.durationSeconds(), event.disposition() == null ? null
                : event.disposition().wireName(), event.recordingRef());
    }

    CallNote describeCallback(CallEvent event) {
        return event.type() == CallEventType.DROPPED ? CallNote.dropped(event.durationSeconds())
                : CallNote.callbackRequested();
    }
}
