/**
 * Extra Liberty servers for tests that need more than the one Arquillian manages: several nodes on
 * one database, or a node killed with {@code kill -9} and started again. Each {@link
 * org.triagem.it.node.LibertyNode} is a server of its own in the Liberty installation the build
 * prepares for the ITs ({@code target/liberty/wlp}), running the packaged WAR as a separate operating
 * system process, so a test can crash it the way a power cut or the OOM killer would.
 */
package org.triagem.it.node;
