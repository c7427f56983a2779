package app.routecard.marketplace.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * A supplier's scorecard, computed exactly as issue 12 states it so any number can be checked by hand:
 * each observation weighs {@code w = 0.5^(age / H)}; per dimension {@code α = k·m + Σ w·x} and
 * {@code β = k·(1 − m) + Σ w·(1 − x)}; the score is {@code α / (α + β)} and its lower bound the 5th percentile of
 * Beta(α, β) (Hipparchus' inverse CDF); the composite is the weighted sum of the dimensions, and its lower bound the
 * same sum of their lower bounds. Plain Java: no clock, no database; the same observations and {@code asOf} give the
 * same digits in any order, and the same as the live read model's stored sums ({@link DecayedSums}: exact).
 */
public final class ScorePolicy {

    /** The lower bound's quantile: 1 in 20 suppliers with this evidence would truly be worse. */
    public static final double LOWER_BOUND_QUANTILE = 0.05;

    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final ScoringSettings settings;

    public ScorePolicy(ScoringSettings settings) {
        this.settings = settings;
    }

    /** One dimension, with everything needed to recompute it. */
    public record DimensionScore(Dimension dimension, int count, double weightedCount, double alpha, double beta,
                                 double score, double lowerBound) {
    }

    /**
     * The parameters a scorecard was computed with: half-life in days, per dimension prior mean and strength, and
     * weights in percent.
     */
    public record Parameters(double halfLifeDays, Map<Dimension, ScoringSettings.Prior> priors,
                             Map<Dimension, Integer> weights) {
    }

    /**
     * A supplier's scorecard as of an instant: its dimensions, the composite score and lower bound (0 to 1), and
     * its number of on-time observations (the delivered jobs that decide whether it is still New).
     */
    public record Scorecard(String supplierTenantId, Instant asOf, Parameters parameters,
                            List<DimensionScore> dimensions, double composite, double compositeLowerBound,
                            int onTimeCount) {
        public DimensionScore dimension(Dimension dimension) {
            return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow();
        }

        /** The composite in points, 0 to 100, as standings' thresholds are set. */
        public double points() {
            return composite * 100;
        }
    }

    /** How much an observation made at {@code at} counts at {@code asOf}: 1 today, ½ one half-life ago. */
    public double weight(Instant at, Instant asOf) {
        double ageDays = (asOf.toEpochMilli() - at.toEpochMilli()) / DAY_MILLIS;
        return Math.pow(0.5, ageDays / settings.halfLifeDays());
    }

    /** One dimension of a supplier's observations (others are ignored, as are any after {@code asOf}). */
    public DimensionScore score(Dimension dimension, Collection<Observation> observations, Instant asOf) {
        return score(dimension, DecayedSums.of(observations, dimension, asOf, settings.halfLifeDays()), asOf);
    }

    /** One dimension from its decayed sums (taken with these settings' half-life, of observations up to asOf). */
    public DimensionScore score(Dimension dimension, DecayedSums sums, Instant asOf) {
        ScoringSettings.Prior prior = settings.prior(dimension);
        double alpha = prior.alpha() + sums.weightedSuccesses(asOf);
        double beta = prior.beta() + sums.weightedFailures(asOf);
        return new DimensionScore(dimension, sums.count(), sums.weightedCount(asOf), alpha, beta,
                alpha / (alpha + beta), lowerBound(alpha, beta));
    }

    /** The whole scorecard of one supplier from its observations. */
    public Scorecard scorecard(String supplierTenantId, Collection<Observation> observations, Instant asOf) {
        Map<Dimension, DecayedSums> sums = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            sums.put(dimension, DecayedSums.of(observations, dimension, asOf, settings.halfLifeDays()));
        }
        return scorecard(supplierTenantId, sums, asOf);
    }

    /** The whole scorecard of one supplier from its decayed sums per dimension (none where a dimension is absent). */
    public Scorecard scorecard(String supplierTenantId, Map<Dimension, DecayedSums> sums, Instant asOf) {
        List<DimensionScore> dimensions = new ArrayList<>();
        double composite = 0;
        double compositeLower = 0;
        for (Dimension dimension : Dimension.values()) {
            DimensionScore score = score(dimension, sums.getOrDefault(dimension,
                    DecayedSums.none(settings.halfLifeDays())), asOf);
            dimensions.add(score);
            composite += settings.weight(dimension) * score.score();
            compositeLower += settings.weight(dimension) * score.lowerBound();
        }
        return new Scorecard(supplierTenantId, asOf, new Parameters(settings.halfLifeDays(), settings.priors(),
                settings.orderedWeights()), List.copyOf(dimensions), composite / 100, compositeLower / 100,
                dimensions.get(Dimension.ON_TIME.ordinal()).count());
    }

    /** The 5th percentile of Beta(α, β). */
    public static double lowerBound(double alpha, double beta) {
        return new BetaDistribution(alpha, beta).inverseCumulativeProbability(LOWER_BOUND_QUANTILE);
    }
}
