package org.triagem.interfaces.rest;

import java.time.LocalDate;
import org.triagem.application.DigestService;

/** The answer to a digest sent on request: which digest, and to how many recipients it was queued. */
public record DigestDeliveryView(String department, LocalDate from, LocalDate to, int recipients) {

    static DigestDeliveryView of(DigestService.Delivery delivery) {
        return new DigestDeliveryView(delivery.department(), delivery.period().from(), delivery.period().to(),
                delivery.recipients());
    }
}
