/** CDI producers for cross-cutting resources such as the clock. */
package org.triagem.infrastructure.config;
