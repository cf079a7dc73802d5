/**
 * Integration tests against a real Open Liberty server managed by Arquillian: the packaged WAR is
 * deployed as it ships, and the tests talk to it over HTTP only, as a client would.
 */
package org.triagem.it;
