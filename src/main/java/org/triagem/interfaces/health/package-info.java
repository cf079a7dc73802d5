/** MicroProfile Health checks: the node is ready once its rules are built and its routes run. */
package org.triagem.interfaces.health;
