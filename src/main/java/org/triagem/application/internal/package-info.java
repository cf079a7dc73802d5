/**
 * Default implementations of the application services: each method is one transaction and one use
 * case, and delegates every business decision to the domain or to the rules.
 */
package org.triagem.application.internal;
