package org.triagem.application;

/**
 * What runs on its own once the application is up, started and stopped with it: following the active
 * rule set, sending due mail, sweeping due SLA checkpoints, sending due digests. The start-up code knows
 * only this, not the classes that do the work.
 */
public interface BackgroundWork {

    /** Installs the active rule set (seeding version 1 on an empty table) and follows the database. */
    void followRuleSets();

    /** Starts the schedules: outgoing mail, escalation (catching up first), digests. */
    void startSchedules();

    /** Stops the schedules, in the reverse order. */
    void stopSchedules();
}
