/**
 * The one channel seam: everything that turns a channel's input into a contact and hands it to Camel.
 * {@link org.triagem.interfaces.channel.ChannelGateway} takes the synchronous channels' input as
 * received (a validated web form, a webhook delivery whose signature holds) into their routes; each
 * channel's translator, called by the routes by name, turns its payload into an
 * {@link org.triagem.domain.model.complaint.IncomingContact} or, for the phone channel, a checked call
 * event (webhook body, CDR file line, broker message); {@link org.triagem.interfaces.channel.ContactOrigin}
 * notes where a contact came from under the only spelling of the exchange property names, and the
 * quarantine step holds what failed. Thin on purpose: parsing belongs here, decisions belong to the rules.
 */
package org.triagem.interfaces.channel;
