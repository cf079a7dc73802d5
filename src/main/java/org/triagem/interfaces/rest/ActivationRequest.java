package org.triagem.interfaces.rest;

/**
 * The optional body of an activation: for a version that fails scenarios, the written reason to activate
 * it anyway. {@code actor} is accepted from older clients and ignored: the signed-in user is recorded.
 */
public record ActivationRequest(String actor, String overrideReason) {
}
