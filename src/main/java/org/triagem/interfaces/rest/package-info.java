/**
 * The HTTP API under {@code /api}: thin JAX-RS resources that validate input, call one application
 * service and render the result. Every error leaves as RFC 9457 {@code application/problem+json}
 * through the exception mappers here, naming the offending field where there is one.
 */
package org.triagem.interfaces.rest;
