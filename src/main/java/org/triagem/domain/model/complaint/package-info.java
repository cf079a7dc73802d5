/**
 * The complaint aggregate: a {@link org.triagem.domain.model.complaint.Case} opened for one consumer
 * contact, identified by its {@link org.triagem.domain.model.complaint.ProtocolNumber}, with the value
 * objects it is made of (customer, channel, status, priority) and the repository port through which it
 * is stored. State changes only through the verbs on {@code Case}, which enforce the lifecycle.
 *
 * <p>{@code Case} is split by concern into package-private parts it delegates to: {@code SlaTimers}
 * (the SLA clocks and their escalation checkpoints, always on the department's settings) and
 * {@code Conversation} (messages, replies, notes, attachments and the mail thread). They are plain
 * objects over the root's own collections, not embeddables, so the JPA mapping and the schema are the
 * root's as before; the root keeps the lifecycle and is the only writer of the history.
 */
package org.triagem.domain.model.complaint;
