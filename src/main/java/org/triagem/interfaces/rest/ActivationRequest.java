package org.triagem.interfaces.rest;

/**
 * The optional body of an activation: who activates, and, for a version that fails scenarios, the
 * written reason to activate it anyway.
 */
public record ActivationRequest(String actor, String overrideReason) {
}
