package org.triagem.application.digest;

/** A digest as mail: its subject, the text/plain part and the text/html alternative. */
public record DigestMail(String subject, String text, String html) {
}
