/**
 * Mail in and out of Triagem. Inbound, the pure part free of any container or mailbox: {@link
 * org.triagem.infrastructure.mail.MailParser} turns one raw RFC 5322 message into a {@link
 * org.triagem.infrastructure.mail.ParsedMail} (sender, decoded subject, threading headers, plain-text
 * body, attachments within limits, the protocol number quoted in the subject). It reads damaged MIME as
 * a mail reader does (a broken multipart as text, a bad parameter list as far as it goes, base64 keeping
 * what decodes, an unknown charset as UTF-8 or windows-1252) and lists each {@link
 * org.triagem.infrastructure.mail.MailDefect} it worked around, which the case then notes; it raises
 * one {@link org.triagem.infrastructure.mail.UnparseableMailException} only when nothing readable is
 * left, so that the route can set such a message aside instead of being blocked by it (docs/email.md). {@link
 * org.triagem.infrastructure.mail.AutoReplyGuard} and {@link
 * org.triagem.infrastructure.mail.DailyAutoReplyLimit} decide, following RFC 3834, whether an
 * acknowledgement may be sent at all. Outbound mail is composed in the domain (the outbox) and
 * configured here: the templates' language, the Message-ID domain and the time zone of dates shown to
 * customers; the {@code smtp} sub-package sends it.
 */
package org.triagem.infrastructure.mail;
