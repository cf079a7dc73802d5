/**
 * Mail in and out of Triagem. Outbound mail is composed in the domain (the outbox) and configured here:
 * the language of the templates, the Message-ID domain and the time zone of the dates shown to
 * customers; the {@code smtp} sub-package sends it.
 */
package org.triagem.infrastructure.mail;
