package app.routecard.marketplace.routing;

import app.routecard.platform.service.replicas.ExclusiveRuns;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Routing's heartbeat: first what time ended (deadlines, offer and wave expiry), then the waves that are due. The
 * state lives in the database, so a restart picks up where the last run left off; a test calls {@link #tick()}.
 * With several replicas, one applies the clock at a time ({@link ExclusiveRuns}; its updates also claim their rows),
 * while every replica opens due waves, each claimed by one ({@code for update skip locked}).
 */
@ApplicationScoped
public class RoutingSchedule {

    private static final Logger LOG = Logger.getLogger(RoutingSchedule.class);

    private final WaveExpiry expiry;
    private final WaveRunner waves;
    private final ExclusiveRuns runs;

    public RoutingSchedule(WaveExpiry expiry, WaveRunner waves, ExclusiveRuns runs) {
        this.expiry = expiry;
        this.waves = waves;
        this.runs = runs;
    }

    @Scheduled(every = "${routecard.routing.poll:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Routing could not run", this::tick);
    }

    /** Applies expiries, then opens the due waves; answers how many waves it opened. */
    public int tick() {
        runs.runAlone("routecard routing clock", expiry::sweep);
        return waves.runDue();
    }
}
