/**
 * A clock for ITs, added to the test's own archive (never to the packaged WAR): a CDI alternative that
 * replaces {@code ClockProducer}'s system clock with one standing where the test put it, and an
 * admin-only resource through which the test, in another JVM, sets and reads it. Every time the
 * server records (openings, replies, resolutions, escalations, survey answers, the KPI day) then comes
 * out as a known number of minutes. {@code KpiExactIT} shows how a test deploys it.
 */
package org.triagem.it.clock;
