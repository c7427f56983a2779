package app.routecard.marketplace.scoring;

/**
 * A supplier's scorecard in brief, as a buyer comparing quotes sees it: composite score and lower bound (0 to 1),
 * standing and the marketplace jobs it has delivered and been scored on.
 */
public record SupplierScore(double score, double lowerBound, Standing standing, int deliveredJobs) {
}
