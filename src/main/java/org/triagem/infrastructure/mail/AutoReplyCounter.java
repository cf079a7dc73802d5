package org.triagem.infrastructure.mail;

import java.time.LocalDate;

/** Port: how many automatic replies have already gone to an address on a given day. */
@FunctionalInterface
public interface AutoReplyCounter {

    /** @param address the normalised address, lower-case */
    int repliesSentTo(String address, LocalDate day);
}
