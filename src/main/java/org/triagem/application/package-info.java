/**
 * The use cases, as interfaces the interfaces layer and the Camel routes call: register a contact,
 * read a case, hold a contact in quarantine, apply a phone call event, propose and activate rule-set
 * versions, answer a customer or note something on a case, tell a sender why their mail became no case,
 * work a case through its lifecycle, run its SLA clocks. Their implementations in {@code internal} own the
 * transactions and the order of steps; the domain owns the rules of each step.
 */
package org.triagem.application;
