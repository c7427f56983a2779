package app.routecard.marketplace.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's scoring parameters: how fast evidence ages, what a supplier without evidence is assumed to be,
 * how the dimensions weigh into the composite, the standing thresholds and what probation and new suppliers may
 * take. Every scorecard states the settings it was computed with. Plain Java.
 *
 * @param halfLifeDays      an observation this many days old counts half as much as one from today
 * @param priors            per dimension, the mean a supplier starts at and how many observations it is worth
 * @param weights           per dimension, in percent of the composite; they sum to 100
 * @param hysteresisPoints  a standing changes only when the composite crosses its threshold by this much
 * @param newUntilOnTimeJobs a supplier is New until it has this many on-time observations (delivered jobs)
 * @param responseTarget    an offer answered or an award acknowledged within this counts as responsive
 * @param graceDays         a shipment this many days after the promised date still counts as on time
 */
public record ScoringSettings(double halfLifeDays, Map<Dimension, Prior> priors, Map<Dimension, Integer> weights,
                              Thresholds thresholds, double hysteresisPoints, int newUntilOnTimeJobs, Caps caps,
                              Duration responseTarget, int graceDays) {

    /** The prior: mean m in (0, 1) and strength k > 0, so α0 = k·m and β0 = k·(1 − m). */
    public record Prior(double mean, double strength) {
        public double alpha() {
            return strength * mean;
        }

        public double beta() {
            return strength * (1 - mean);
        }
    }

    /** Composite points (0 to 100) at which a supplier is Excellent, Good, Watch; below Watch it is on probation. */
    public record Thresholds(double excellent, double good, double watch) {
    }

    /** What a supplier on probation, or new, may hold at once: open marketplace jobs and the value of one job. */
    public record Caps(int probationMaxOpenJobs, BigDecimal probationMaxJobValue, int newMaxOpenJobs,
                       BigDecimal newMaxJobValue) {
    }

    public static final ScoringSettings DEFAULT = new ScoringSettings(90,
            Map.of(Dimension.ON_TIME, new Prior(0.9, 5), Dimension.QUALITY, new Prior(0.9, 5),
                    Dimension.RESPONSIVENESS, new Prior(0.8, 5)),
            Map.of(Dimension.ON_TIME, 40, Dimension.QUALITY, 40, Dimension.RESPONSIVENESS, 20),
            new Thresholds(95, 85, 75), 2, 5, new Caps(1, new BigDecimal("5000"), 2, new BigDecimal("10000")),
            Duration.ofHours(24), 0);

    public ScoringSettings {
        priors = priors == null ? Map.of() : Map.copyOf(priors);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    public Prior prior(Dimension dimension) {
        return priors.get(dimension);
    }

    public int weight(Dimension dimension) {
        return weights.getOrDefault(dimension, 0);
    }

    /**
     * What is wrong with these settings, field by field (the field as the settings API names it), in a stable
     * order; empty when they can be used.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!(halfLifeDays >= 1 && halfLifeDays <= 3650)) {
            // Below a day a scorecard would forget a job before it is delivered (and the exact decayed sums,
            // DecayedSums, would grow by a power of two per half-life since 2020).
            problems.put("halfLifeDays", "must be between 1 and 3650 days");
        }
        int sum = 0;
        for (Dimension dimension : Dimension.values()) {
            String key = key(dimension);
            Prior prior = priors.get(dimension);
            if (prior == null) {
                problems.put("priors." + key, "is missing");
            } else {
                if (!(prior.mean() > 0 && prior.mean() < 1)) {
                    problems.put("priors." + key + ".mean", "must be between 0 and 1 (exclusive)");
                }
                if (!(prior.strength() > 0)) {
                    problems.put("priors." + key + ".strength", "must be more than 0");
                }
            }
            Integer weight = weights.get(dimension);
            if (weight == null || weight < 0) {
                problems.put("weights." + key, "must be 0 or more");
            } else {
                sum += weight;
            }
        }
        if (sum != 100 && problems.keySet().stream().noneMatch(field -> field.startsWith("weights."))) {
            problems.put("weights", "must sum to 100, not " + sum);
        }
        if (thresholds == null) {
            problems.put("thresholds", "is missing");
        } else if (!(thresholds.watch() >= 0 && thresholds.watch() < thresholds.good()
                && thresholds.good() < thresholds.excellent() && thresholds.excellent() <= 100)) {
            problems.put("thresholds", "must rise from watch to good to excellent, within 0 to 100");
        }
        if (!(hysteresisPoints >= 0 && hysteresisPoints <= 10)) {
            problems.put("hysteresisPoints", "must be between 0 and 10");
        }
        if (newUntilOnTimeJobs < 0) {
            problems.put("newUntilOnTimeJobs", "must be 0 or more");
        }
        if (caps == null) {
            problems.put("caps", "is missing");
        } else {
            if (caps.probationMaxOpenJobs() < 0) {
                problems.put("caps.probationMaxOpenJobs", "must be 0 or more");
            }
            if (caps.newMaxOpenJobs() < 0) {
                problems.put("caps.newMaxOpenJobs", "must be 0 or more");
            }
            if (caps.probationMaxJobValue() == null || caps.probationMaxJobValue().signum() < 0) {
                problems.put("caps.probationMaxJobValue", "must be 0 or more");
            }
            if (caps.newMaxJobValue() == null || caps.newMaxJobValue().signum() < 0) {
                problems.put("caps.newMaxJobValue", "must be 0 or more");
            }
        }
        if (responseTarget == null || responseTarget.isNegative() || responseTarget.isZero()) {
            problems.put("responseTarget", "must be a positive duration");
        }
        if (graceDays < 0) {
            problems.put("graceDays", "must be 0 or more");
        }
        return problems;
    }

    /** The weights in dimension order, for a scorecard's explanation. */
    public Map<Dimension, Integer> orderedWeights() {
        Map<Dimension, Integer> ordered = new EnumMap<>(Dimension.class);
        ordered.putAll(weights);
        return ordered;
    }

    /** A dimension as the settings API names it: {@code onTime}, {@code quality}, {@code responsiveness}. */
    public static String key(Dimension dimension) {
        return switch (dimension) {
            case ON_TIME -> "onTime";
            case QUALITY -> "quality";
            case RESPONSIVENESS -> "responsiveness";
        };
    }
}
