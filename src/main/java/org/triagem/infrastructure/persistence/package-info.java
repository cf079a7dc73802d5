/**
 * JPA (EclipseLink) implementations of the domain repositories, and the Flyway migrations that own
 * the schema. EclipseLink never creates or drops tables: the schema is the migrations' alone, so
 * PostgreSQL in production and the embedded H2 database in development are built the same way. The
 * one place they differ by design is the staff search ({@link org.triagem.infrastructure.persistence.JpaCaseSearch}):
 * full-text search on PostgreSQL, accent-free text on H2, each a {@code SearchDialect}.
 */
package org.triagem.infrastructure.persistence;
