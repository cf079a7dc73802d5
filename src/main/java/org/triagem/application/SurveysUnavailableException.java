package org.triagem.application;

/** No survey secret is configured on this server: no survey links are made and none is accepted. */
public class SurveysUnavailableException extends RuntimeException {

    public SurveysUnavailableException() {
        super("surveys are not configured on this server (no survey secret)");
    }
}
