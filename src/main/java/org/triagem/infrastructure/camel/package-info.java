/**
 * Apache Camel inside the application, and nothing else: one {@code camel-main} runtime started by the
 * application's start-up bean, loading the YAML routes from the configured {@code routes/} directory,
 * resolving {@code {{placeholders}}} from MicroProfile Config (server.xml variables and environment) and
 * route beans from CDI by their {@code @Named} name. Camel 4 has no CDI integration of its own. The
 * routes' beans and the gateway into them live in {@code interfaces/channel}; this package names none of
 * them (InfrastructureLayerTest).
 */
package org.triagem.infrastructure.camel;
