/**
 * Browser-facing protections for every response and request of the web UI: a strict
 * Content-Security-Policy with the other security headers, and the CSRF check on state-changing
 * API calls.
 */
package org.triagem.interfaces.web;
