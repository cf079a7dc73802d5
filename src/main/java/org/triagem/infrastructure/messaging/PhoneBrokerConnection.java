package org.triagem.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The RabbitMQ connection of the phone broker route, named for it ({@code #phoneRabbit}). Dependent
 * scope: a Spring connection factory cannot be proxied, and Camel holds the one instance. It connects on
 * first use only, so a server without the broker path enabled never opens a connection. The password
 * comes from the environment (TRIAGEM_PHONE_AMQP_PASSWORD); without one, the client's own default
 * applies, which RabbitMQ accepts on loopback only.
 */
@Dependent
@Named("phoneRabbit")
public class PhoneBrokerConnection extends CachingConnectionFactory {

    @Inject
    Config config;

    @PostConstruct
    void configure() {
        setHost(config.getOptionalValue("triagem.phone.amqp.host", String.class).orElse("127.0.0.1"));
        setPort(config.getOptionalValue("triagem.phone.amqp.port", Integer.class).orElse(5672));
        setVirtualHost(config.getOptionalValue("triagem.phone.amqp.vhost", String.class).orElse("/"));
        config.getOptionalValue("triagem.phone.amqp.user", String.class).ifPresent(this::setUsername);
        config.getOptionalValue("triagem.phone.amqp.password", String.class).ifPresent(this::setPassword);
    }
}
