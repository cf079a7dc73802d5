/**
 * The complaint aggregate: a {@link org.triagem.domain.model.complaint.Case} opened for one consumer
 * contact, identified by its {@link org.triagem.domain.model.complaint.ProtocolNumber}, with the value
 * objects it is made of (customer, channel, status, priority) and the repository port through which it
 * is stored. State changes only through the verbs on {@code Case}, which enforce the lifecycle.
 */
package org.triagem.domain.model.complaint;
