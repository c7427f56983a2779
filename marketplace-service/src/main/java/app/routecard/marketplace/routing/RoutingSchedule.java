package app.routecard.marketplace.routing;

import app.routecard.platform.service.scheduling.ScheduledRuns;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Routing's heartbeat: first what time ended (deadlines, offer and wave expiry), then the waves that are due. The
 * state lives in the database, so a restart picks up where the last run left off; a test calls {@link #tick()}.
 */
@ApplicationScoped
public class RoutingSchedule {

    private static final Logger LOG = Logger.getLogger(RoutingSchedule.class);

    private final WaveExpiry expiry;
    private final WaveRunner waves;

    public RoutingSchedule(WaveExpiry expiry, WaveRunner waves) {
        this.expiry = expiry;
        this.waves = waves;
    }

    @Scheduled(every = "${routecard.routing.poll:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Routing could not run", this::tick);
    }

    /** Applies expiries, then opens the due waves; answers how many waves it opened. */
    public int tick() {
        expiry.sweep();
        return waves.runDue();
    }
}
