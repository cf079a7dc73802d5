/**
 * Message brokers: the RabbitMQ connection the phone broker route (routes/phone-broker.camel.yaml)
 * consumes through, configured from the {@code triagem.phone.amqp.*} settings.
 */
package org.triagem.infrastructure.messaging;
