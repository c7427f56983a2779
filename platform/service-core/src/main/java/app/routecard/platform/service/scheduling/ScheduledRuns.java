package app.routecard.platform.service.scheduling;

import org.jboss.logging.Logger;

/**
 * How a service's scheduled work fails: a run that throws (the database, Keycloak or a receiver away) is logged
 * as a warning and left to the next run, which tries again; nothing reaches the scheduler.
 */
public final class ScheduledRuns {

    private ScheduledRuns() {
    }

    /** Runs {@code work}; if it fails, logs "{@code failed} now (cause); the next run tries again". */
    public static void orNextRun(Logger log, String failed, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warnf("%s now (%s); the next run tries again", failed, e.toString());
        }
    }
}
