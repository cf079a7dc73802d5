/**
 * Application start-up and shut-down in a fixed order: schema first, then the rules build in the
 * background, then the Camel routes. One orchestrating bean, because independent CDI start-up
 * observers run in no defined order.
 */
package org.triagem.startup;
