/**
 * Guards for the doors that need no account, the customer's case lookup and the staff sign-in:
 * failures counted per subject and per client address, lockouts that double, and a response-time
 * floor so that a hit and a miss take equally long. In memory on each node, on purpose: no cluster
 * protocol, and a restart forgives everyone, which errs on the side of the honest customer.
 */
package org.triagem.interfaces.rest.guard;
