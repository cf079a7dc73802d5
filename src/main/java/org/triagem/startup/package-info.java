/**
 * Application start-up and shut-down in a fixed order: schema first, then the rules (version 1 seeded
 * from the directory on first start, then followed in the database), then the Camel routes, then the
 * outbox dispatcher. One orchestrating bean, because independent CDI start-up observers run in no
 * defined order. Before all of it, while the container is still starting, a portable extension sets
 * off a build of the rules directory, which the rules step takes over when it is the active version.
 */
package org.triagem.startup;
