/**
 * Outgoing mail over SMTP with Jakarta Mail (Angus, bundled with the application): the outbox's
 * {@link org.triagem.domain.model.outbox.MailTransport}. Server, port, TLS mode and account come from
 * MicroProfile Config ({@code triagem.smtp.*}); the password only from the environment
 * ({@code TRIAGEM_SMTP_PASSWORD}), never from a default.
 */
package org.triagem.infrastructure.mail.smtp;
