package org.triagem.interfaces.rest;

/** Why a staff member needs one of the customer's identifiers in full; recorded with the reveal. */
public record UnmaskRequest(String reason) {
}
