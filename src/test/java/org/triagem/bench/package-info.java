/**
 * JMH benchmarks of the rules engine: one intake decision against generated ownership tables of growing
 * size, beside a plain-Java loop over the same keywords, and the compile time of a large table. They
 * live in test scope so nothing here ships, and they compile only under the {@code bench} Maven profile,
 * which brings JMH; {@code docs/benchmarks.md} has the command and the figures measured on this machine.
 */
package org.triagem.bench;
