package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.service.replicas.ExclusiveRuns;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Scores age: a result counts less every day, so a supplier with no new results drifts towards the prior. A card
 * is computed again on every new observation; this brings the others up to the present every hour, so the
 * leaderboards and routing compare cards of the same day. One replica ages at a time ({@link ExclusiveRuns}): the
 * cards a run ages are no longer stale for the next one, on whichever replica.
 */
@ApplicationScoped
public class ScorecardAgeing {

    private static final Logger LOG = Logger.getLogger(ScorecardAgeing.class);
    static final Duration OLDEST = Duration.ofHours(1);

    private final Scorecards scorecards;
    private final MarketClock clock;
    private final ExclusiveRuns runs;

    public ScorecardAgeing(Scorecards scorecards, MarketClock clock, ExclusiveRuns runs) {
        this.scorecards = scorecards;
        this.clock = clock;
        this.runs = runs;
    }

    @Scheduled(every = "${routecard.scoring.ageing:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Scorecards could not be aged", () -> {
            int aged = age();
            if (aged > 0) {
                LOG.infof("%d scorecards aged to the present", aged);
            }
        });
    }

    /** Ages every card older than an hour, unless another replica is ageing now; answers how many this run aged. */
    public int age() {
        return runs.callAlone("routecard scorecard ageing",
                () -> scorecards.refreshNotAsOf(clock.now().minus(OLDEST), "aged to the present", null)).orElse(0);
    }
}
