/**
 * The outbox: mail Triagem owes someone, written in the same transaction as the change that caused it
 * (an opened case, a staff reply) and sent later by a dispatcher. An {@link
 * org.triagem.domain.model.outbox.OutgoingMail} stays {@code PENDING} until the mail server has
 * accepted it, retrying with an exponential backoff, so an SMTP outage delays mail but never loses it;
 * after the last attempt it is {@code FAILED} and waits for a person. The {@link
 * org.triagem.domain.model.outbox.MailTransport} port is how mail leaves; rules and entities never send.
 */
package org.triagem.domain.model.outbox;
