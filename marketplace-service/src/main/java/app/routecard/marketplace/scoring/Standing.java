package app.routecard.marketplace.scoring;

/**
 * A supplier's standing on the network, from its scorecard (the scoring issue); until then every supplier is
 * {@link #GOOD}, or {@link #NEW} without history. Routing obeys it: suspended gets no offers, probation and new
 * suppliers only within their caps.
 */
public enum Standing {
    EXCELLENT, GOOD, WATCH, PROBATION, SUSPENDED, NEW
}
