package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.scoring.Standing;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A supplier as routing sees it: its capability profile (what it makes, holds, ships, and its limits) and its
 * state now (open offers and marketplace jobs, standing, score lower bound, history). Plain Java.
 *
 * @param shipsTo         countries it ships to; empty means anywhere
 * @param scoreLowerBound the lower confidence bound of its composite score, 0 to 1, from its scorecard
 * @param completedJobs   marketplace jobs it finished: few means little history, a candidate for exploration
 * @param typicalLeadDays the lead time it usually quotes, for the lead-time fit
 */
public record Supplier(String tenantId, String name, boolean takesMarketplaceWork, Set<Process> processes,
                       Set<String> materials, Map<Certification, LocalDate> certifications, Envelope maxEnvelope,
                       int minQuantity, int maxQuantity, Set<String> shipsTo, List<DateRange> blackouts,
                       int maxOpenOffers, int openOffers, int maxOpenJobs, int openJobs, Standing standing,
                       double scoreLowerBound, int completedJobs, int typicalLeadDays) {

    /** A middling score for suppliers built without a scorecard (tests; routing reads the real one). */
    public static final double NEUTRAL_SCORE = 0.5;

    public Supplier {
        processes = Set.copyOf(processes);
        materials = Materials.normalizedSet(materials);
        certifications = Map.copyOf(certifications);
        shipsTo = Set.copyOf(shipsTo);
        blackouts = List.copyOf(blackouts);
    }

    /** The same profile under its current name, with its open offers and marketplace jobs counted now. */
    public Supplier withLoad(String currentName, int offersOpen, int jobsOpen) {
        return new Supplier(tenantId, currentName, takesMarketplaceWork, processes, materials, certifications,
                maxEnvelope, minQuantity, maxQuantity, shipsTo, blackouts, maxOpenOffers, offersOpen, maxOpenJobs,
                jobsOpen, standing, scoreLowerBound, completedJobs, typicalLeadDays);
    }

    /** The same profile with its standing, composite score lower bound and delivered jobs from its scorecard. */
    public Supplier withScore(Standing currentStanding, double lowerBound, int deliveredJobs) {
        return new Supplier(tenantId, name, takesMarketplaceWork, processes, materials, certifications, maxEnvelope,
                minQuantity, maxQuantity, shipsTo, blackouts, maxOpenOffers, openOffers, maxOpenJobs, openJobs,
                currentStanding, lowerBound, deliveredJobs, typicalLeadDays);
    }

    public boolean offers(Process asked) {
        for (Process offered : processes) {
            if (offered.covers(asked)) {
                return true;
            }
        }
        return false;
    }
}
