package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;

/** What the channel tells the consumer: the protocol number, and whether this contact opened it. */
public record IntakeReceipt(ProtocolNumber protocol, boolean newCase) {
}
