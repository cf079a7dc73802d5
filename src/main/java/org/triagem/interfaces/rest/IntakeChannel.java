package org.triagem.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.triagem.domain.model.complaint.Channel;

/** Marks a resource as a channel's intake endpoint, so that its refusals are counted ({@link IntakeRefusals}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IntakeChannel {

    Channel value();
}
