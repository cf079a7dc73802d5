/**
 * The retention and anonymisation ports in plain JDBC on the application's data source: set-based
 * statements per claimed batch (one read per table, one JDBC batch of updates), because the retention job
 * must anonymise thousands of cases a second while intake runs, which entity-by-entity JPA cannot. The same
 * SQL runs on PostgreSQL and on H2 in PostgreSQL mode; claims use {@code FOR UPDATE SKIP LOCKED} on both.
 * The connections join the caller's JTA transaction.
 */
package org.triagem.infrastructure.retention;
