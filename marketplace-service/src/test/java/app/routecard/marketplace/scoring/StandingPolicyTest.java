package app.routecard.marketplace.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thresholds 95 / 85 / 75, margin 2, New until 5 delivered jobs (the defaults). */
class StandingPolicyTest {

    private final StandingPolicy policy = new StandingPolicy(ScoringSettings.DEFAULT);

    @Test
    void a_supplier_is_new_until_it_has_delivered_five_jobs() {
        assertThat(policy.next(null, 99, 0, false)).isEqualTo(Standing.NEW);
        assertThat(policy.next(Standing.NEW, 99, 4, false)).isEqualTo(Standing.NEW);
        assertThat(policy.next(Standing.NEW, 96, 5, false)).isEqualTo(Standing.EXCELLENT);
        assertThat(policy.next(Standing.NEW, 90, 5, false)).isEqualTo(Standing.GOOD);
        assertThat(policy.next(Standing.NEW, 80, 5, false)).isEqualTo(Standing.WATCH);
        assertThat(policy.next(Standing.NEW, 60, 5, false)).isEqualTo(Standing.PROBATION);
    }

    @Test
    void a_band_is_left_downwards_only_below_its_threshold_by_the_margin() {
        assertThat(policy.next(Standing.GOOD, 84.0, 20, false)).as("1 point under 85").isEqualTo(Standing.GOOD);
        assertThat(policy.next(Standing.GOOD, 83.0, 20, false)).as("exactly the margin").isEqualTo(Standing.GOOD);
        assertThat(policy.next(Standing.GOOD, 82.9, 20, false)).isEqualTo(Standing.WATCH);
        assertThat(policy.next(Standing.EXCELLENT, 83.5, 20, false)).as("out of excellent, not yet out of good")
                .isEqualTo(Standing.GOOD);
        assertThat(policy.next(Standing.EXCELLENT, 70, 20, false)).isEqualTo(Standing.PROBATION);
    }

    @Test
    void a_band_is_entered_upwards_only_above_its_threshold_by_the_margin() {
        assertThat(policy.next(Standing.WATCH, 85.5, 20, false)).isEqualTo(Standing.WATCH);
        assertThat(policy.next(Standing.WATCH, 87.0, 20, false)).isEqualTo(Standing.GOOD);
        assertThat(policy.next(Standing.PROBATION, 98, 20, false)).isEqualTo(Standing.EXCELLENT);
        assertThat(policy.next(Standing.PROBATION, 76, 20, false)).isEqualTo(Standing.PROBATION);
    }

    @Test
    void one_event_near_a_threshold_does_not_flip_the_standing_back_and_forth() {
        Standing standing = Standing.GOOD;
        for (double points : new double[] {84.9, 85.1, 84.2, 85.8, 83.4, 86.0}) {
            standing = policy.next(standing, points, 20, false);
            assertThat(standing).as("at %s", points).isEqualTo(Standing.GOOD);
        }
    }

    @Test
    void only_the_operator_suspends_and_reinstating_judges_the_score_afresh() {
        assertThat(policy.next(Standing.EXCELLENT, 99, 20, true)).isEqualTo(Standing.SUSPENDED);
        assertThat(policy.next(Standing.SUSPENDED, 99, 20, true)).isEqualTo(Standing.SUSPENDED);
        assertThat(policy.next(Standing.SUSPENDED, 86, 20, false)).isEqualTo(Standing.GOOD);
    }
}
