package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Scores age: a result counts less every day, so a supplier with no new results drifts towards the prior. A card
 * is computed again on every new observation; this brings the others up to the present every hour, so the
 * leaderboards and routing compare cards of the same day.
 */
@ApplicationScoped
public class ScorecardAgeing {

    private static final Logger LOG = Logger.getLogger(ScorecardAgeing.class);
    static final Duration OLDEST = Duration.ofHours(1);

    private final Scorecards scorecards;
    private final MarketClock clock;

    public ScorecardAgeing(Scorecards scorecards, MarketClock clock) {
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @Scheduled(every = "${routecard.scoring.ageing:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Scorecards could not be aged", () -> {
            int aged = scorecards.refreshNotAsOf(clock.now().minus(OLDEST), "aged to the present", null);
            if (aged > 0) {
                LOG.infof("%d scorecards aged to the present", aged);
            }
        });
    }
}
