package app.routecard.marketplace.routing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How eligible suppliers are ordered for an RFQ: the lower bound of their score (so one lucky job does not top the
 * list), the headroom left in their capacity, and whether their usual lead time fits before the target ship
 * date, weighted. The inputs are stored with the decision so it explains itself. Plain Java.
 */
public final class RankingPolicy {

    /** Weights of the three inputs; they need not sum to one, only their proportions matter. */
    public record Weights(double score, double headroom, double leadTime) {
        public static final Weights DEFAULT = new Weights(0.5, 0.25, 0.25);
    }

    /** One supplier's inputs, each 0 to 1, and the weighted rank value they give. */
    public record RankInputs(double scoreLowerBound, double capacityHeadroom, double leadTimeFit, double value) {
    }

    private final Weights weights;

    public RankingPolicy(Weights weights) {
        this.weights = weights;
    }

    public RankInputs rank(RfqDemand rfq, Supplier supplier, LocalDate today) {
        double score = clamp(supplier.scoreLowerBound());
        double headroom = Math.min(headroom(supplier.openOffers(), supplier.maxOpenOffers()),
                headroom(supplier.openJobs(), supplier.maxOpenJobs()));
        long daysLeft = ChronoUnit.DAYS.between(today, rfq.targetShipDate());
        double leadFit = supplier.typicalLeadDays() <= 0 ? 1 : clamp((double) daysLeft / supplier.typicalLeadDays());
        double total = weights.score() + weights.headroom() + weights.leadTime();
        double value = total == 0 ? 0 : (weights.score() * score + weights.headroom() * headroom
                + weights.leadTime() * leadFit) / total;
        return new RankInputs(round(score), round(headroom), round(leadFit), round(value));
    }

    private static double headroom(int open, int max) {
        return max <= 0 ? 0 : clamp(1 - (double) open / max);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** Four decimals: a stored decision replays to the same order on any machine. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
