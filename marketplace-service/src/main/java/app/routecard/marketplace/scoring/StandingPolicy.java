package app.routecard.marketplace.scoring;


/**
 * Where a supplier stands, from its composite score: New until it has delivered enough jobs to judge, then
 * Excellent, Good, Watch or Probation by the operator's thresholds, Suspended only by the operator. A standing
 * moves with hysteresis: a supplier leaves its band only when the composite crosses the band's threshold by the
 * margin, up or down, so one event near a threshold cannot flip it back and forth. Plain Java.
 */
public final class StandingPolicy {

    /** The scored bands, worst first. */
    private static final Standing[] BANDS = {Standing.PROBATION, Standing.WATCH, Standing.GOOD, Standing.EXCELLENT};

    private final ScoringSettings settings;

    public StandingPolicy(ScoringSettings settings) {
        this.settings = settings;
    }

    /**
     * The standing after a scorecard change.
     *
     * @param current     the standing before (null for a supplier never scored)
     * @param points      the composite score, 0 to 100
     * @param onTimeCount the supplier's on-time observations (its delivered marketplace jobs)
     * @param suspended   whether the operator has suspended it (and not reinstated it)
     */
    public Standing next(Standing current, double points, int onTimeCount, boolean suspended) {
        if (suspended) {
            return Standing.SUSPENDED;
        }
        if (onTimeCount < settings.newUntilOnTimeJobs()) {
            return Standing.NEW;
        }
        int band = band(current);
        if (band < 0) {
            // Newly judged, or just reinstated: straight into the band the score says, no margin to cross.
            return bandOf(points, 0);
        }
        double margin = settings.hysteresisPoints();
        if (points < threshold(band) - margin) {
            for (int lower = band - 1; lower >= 0; lower--) {
                if (points >= threshold(lower) - margin) {
                    return BANDS[lower];
                }
            }
            return BANDS[0];
        }
        for (int higher = BANDS.length - 1; higher > band; higher--) {
            if (points >= threshold(higher) + margin) {
                return BANDS[higher];
            }
        }
        return BANDS[band];
    }

    /** The band the points fall in, each threshold raised by {@code margin}. */
    private Standing bandOf(double points, double margin) {
        for (int b = BANDS.length - 1; b > 0; b--) {
            if (points >= threshold(b) + margin) {
                return BANDS[b];
            }
        }
        return BANDS[0];
    }

    private double threshold(int band) {
        return switch (band) {
            case 0 -> Double.NEGATIVE_INFINITY;
            case 1 -> settings.thresholds().watch();
            case 2 -> settings.thresholds().good();
            default -> settings.thresholds().excellent();
        };
    }

    private static int band(Standing standing) {
        if (standing == null) {
            return -1;
        }
        for (int b = 0; b < BANDS.length; b++) {
            if (BANDS[b] == standing) {
                return b;
            }
        }
        return -1;
    }
}
