/**
 * An in-process AMQP 0-9-1 broker (Apache Qpid Broker-J, memory only) for the broker path's IT, so
 * that {@code PhoneBrokerIT} runs on any machine with a JDK and Maven. The failsafe JVM starts it when
 * its test session opens, before Arquillian starts the Liberty server whose phone route connects to it;
 * the {@code rabbitmq} Maven profile turns it off and runs the same IT against a real RabbitMQ. Where
 * Qpid differs from RabbitMQ in what the route relies on (dead-lettering), this package bridges it.
 */
package org.triagem.it.broker;
