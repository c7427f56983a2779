package app.routecard.marketplace.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact decayed sums the live scorecards are kept in: the model's weights, and the same digits in any order. */
class DecayedSumsTest {

    private static final Instant AS_OF = Instant.parse("2026-12-01T12:00:00Z");
    private static final double H = 90;

    private static Observation onTime(double x, Instant at, int i) {
        return new Observation("acme", Dimension.ON_TIME, x, at, "event-" + i, "northwind", "job:" + i);
    }

    @Test
    void an_observation_weighs_one_today_half_after_one_half_life_and_a_quarter_after_two() {
        assertThat(DecayedSums.none(H).plus(AS_OF, 1).weightedCount(AS_OF)).isEqualTo(1.0);
        assertThat(DecayedSums.none(H).plus(AS_OF.minus(Duration.ofDays(90)), 1).weightedCount(AS_OF))
                .isCloseTo(0.5, within(1e-15));
        assertThat(DecayedSums.none(H).plus(AS_OF.minus(Duration.ofDays(180)), 0).weightedFailures(AS_OF))
                .isCloseTo(0.25, within(1e-15));
        // Before the epoch the growth is a negative power of two, still exact.
        Instant longAgo = Instant.parse("2015-06-01T00:00:00Z");
        assertThat(DecayedSums.none(H).plus(longAgo, 1).weightedSuccesses(AS_OF))
                .isCloseTo(Math.pow(0.5, Duration.between(longAgo, AS_OF).toMillis() / 86_400_000.0 / H),
                        within(1e-15));
    }

    @Test
    void successes_and_failures_split_the_weight_by_x() {
        DecayedSums sums = DecayedSums.none(H).plus(AS_OF, 0.8);
        assertThat(sums.weightedSuccesses(AS_OF)).isCloseTo(0.8, within(1e-15));
        assertThat(sums.weightedFailures(AS_OF)).isCloseTo(0.2, within(1e-15));
        assertThat(sums.count()).isOne();
    }

    @Test
    void the_sums_are_the_same_number_in_any_order_and_after_a_replacement() {
        Random random = new Random(7);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            observations.add(onTime(random.nextInt(11) / 10.0, AS_OF.minus(Duration.ofMinutes(random.nextInt(900_000))),
                    i));
        }
        DecayedSums inOrder = DecayedSums.of(observations, Dimension.ON_TIME, AS_OF, H);
        Collections.shuffle(observations, random);
        DecayedSums added = DecayedSums.none(H);
        for (Observation observation : observations) {
            added = added.plus(observation);
        }
        // A late answer counted first, then replaced by the earlier one it lost to, as the live model does.
        Observation late = onTime(0, AS_OF.minus(Duration.ofDays(1)), 9_999);
        Observation earlier = onTime(1, AS_OF.minus(Duration.ofDays(2)), 9_999);
        DecayedSums replaced = added.plus(late).plus(earlier.at(), earlier.success())
                .minus(late.at(), late.success());
        observations.add(earlier);
        DecayedSums withEarlier = DecayedSums.of(observations, Dimension.ON_TIME, AS_OF, H);

        assertThat(added.successes()).isEqualByComparingTo(inOrder.successes());
        assertThat(added.weights()).isEqualByComparingTo(inOrder.weights());
        assertThat(added.weightedSuccesses(AS_OF)).isEqualTo(inOrder.weightedSuccesses(AS_OF));
        assertThat(replaced.count()).isEqualTo(withEarlier.count());
        assertThat(replaced.successes()).isEqualByComparingTo(withEarlier.successes());
        assertThat(replaced.weightedFailures(AS_OF)).isEqualTo(withEarlier.weightedFailures(AS_OF));
    }

    @Test
    void observations_after_as_of_and_of_other_dimensions_are_left_out() {
        Observation tomorrow = onTime(1, AS_OF.plus(Duration.ofDays(1)), 1);
        Observation quality = new Observation("acme", Dimension.QUALITY, 1, AS_OF, "event-2", "northwind", "r:2");
        assertThat(DecayedSums.of(List.of(tomorrow, quality), Dimension.ON_TIME, AS_OF, H).count()).isZero();
    }
}
