package app.routecard.marketplace.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * One dimension of a supplier's observations reduced to what its score needs, so that a new observation, a replaced
 * one or a later {@code asOf} never needs the others. With {@code g(t) = 2^((t − epoch) / H)} an observation's weight
 * is {@code w = 0.5^((asOf − t) / H) = g(t) / g(asOf)}, so {@code Σ w·x = Σ g(t)·x / g(asOf)} and
 * {@code Σ w = Σ g(t) / g(asOf)}: the sums of {@code g(t)·x} and {@code g(t)} are kept, and divided by
 * {@code g(asOf)} when read. Each {@code g(t)} is a double times a power of two, which a {@link BigDecimal} holds
 * exactly, and exact sums do not depend on the order they were added in, nor on an observation added and taken away
 * again: the live read model (kept by adding) and a rebuild by replay (summing the final observations) hold the same
 * number, so they give the same digits. Plain Java.
 *
 * @param halfLifeDays the H the sums were taken with (sums of another H are not comparable)
 * @param count        how many observations
 * @param successes    Σ g(t)·x
 * @param weights      Σ g(t)
 * @param latest       the latest observation's time (null when there is none)
 */
public record DecayedSums(double halfLifeDays, int count, BigDecimal successes, BigDecimal weights, Instant latest) {

    /** Where {@code g} is 1. Any fixed instant would do; one near the data keeps the numbers short. */
    static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public static DecayedSums none(double halfLifeDays) {
        return new DecayedSums(halfLifeDays, 0, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /** The sums of {@code dimension}'s observations made at or before {@code asOf}. */
    public static DecayedSums of(Collection<Observation> observations, Dimension dimension, Instant asOf,
                                 double halfLifeDays) {
        DecayedSums sums = none(halfLifeDays);
        for (Observation observation : observations) {
            if (observation.dimension() == dimension && !observation.at().isAfter(asOf)) {
                sums = sums.plus(observation);
            }
        }
        return sums;
    }

    public DecayedSums plus(Observation observation) {
        return plus(observation.at(), observation.success());
    }

    /** With one more observation: success {@code x} at {@code at}. */
    public DecayedSums plus(Instant at, double x) {
        BigDecimal growth = growth(at, halfLifeDays);
        return new DecayedSums(halfLifeDays, count + 1, successes.add(growth.multiply(new BigDecimal(x))),
                weights.add(growth), latest == null || at.isAfter(latest) ? at : latest);
    }

    /**
     * Without an observation counted before (replaced by an earlier answer about the same subject); the latest
     * time stays, being only a bound.
     */
    public DecayedSums minus(Instant at, double x) {
        BigDecimal growth = growth(at, halfLifeDays);
        return new DecayedSums(halfLifeDays, count - 1, successes.subtract(growth.multiply(new BigDecimal(x))),
                weights.subtract(growth), latest);
    }

    /** Σ w·x as of {@code asOf}. */
    public double weightedSuccesses(Instant asOf) {
        return asOf(successes, asOf);
    }

    /** Σ w·(1 − x) as of {@code asOf}. */
    public double weightedFailures(Instant asOf) {
        return asOf(weights.subtract(successes), asOf);
    }

    /** Σ w as of {@code asOf}: the weighted count. */
    public double weightedCount(Instant asOf) {
        return asOf(weights, asOf);
    }

    private double asOf(BigDecimal sum, Instant asOf) {
        if (sum.signum() == 0) {
            return 0;
        }
        return sum.divide(growth(asOf, halfLifeDays), MathContext.DECIMAL128).doubleValue();
    }

    /** {@code g(t) = 2^((t − epoch) / H)}, exactly as the double {@code 2^frac} times {@code 2^whole}. */
    static BigDecimal growth(Instant at, double halfLifeDays) {
        double exponent = (at.toEpochMilli() - EPOCH.toEpochMilli()) / DAY_MILLIS / halfLifeDays;
        double whole = Math.floor(exponent);
        BigDecimal fraction = new BigDecimal(StrictMath.pow(2, exponent - whole));
        int power = (int) whole;
        return power >= 0 ? fraction.multiply(TWO.pow(power))
                : fraction.divide(TWO.pow(-power)); // exact: 2^-n has a finite decimal expansion
    }
}
