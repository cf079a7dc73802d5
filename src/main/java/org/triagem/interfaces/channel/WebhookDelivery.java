package org.triagem.interfaces.channel;

/**
 * One delivery of the phone webhook whose signature was checked over these very bytes, not yet parsed:
 * the {@code webhook-id} header (the event id) and the body as received.
 */
public record WebhookDelivery(String eventId, byte[] body) {
}
