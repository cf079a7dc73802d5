package org.triagem.infrastructure.camel;

import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;

/**
 * Lets routes read {@code {{triagem.mail.host}}} and the like from MicroProfile Config, which Liberty
 * fills from server.xml variables and environment variables: one place for every setting.
 */
class MicroProfileConfigPropertiesSource implements PropertiesSource {

    private final Config config;

    MicroProfileConfigPropertiesSource(Config config) {
        this.config = config;
    }

    @Override
    public String getName() {
        return "microprofile-config";
    }

    @Override
    public String getProperty(String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }
}
