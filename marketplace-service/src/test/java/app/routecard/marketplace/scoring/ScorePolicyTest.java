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

/**
 * Scorecards against numbers worked out by hand from the model in issue 12 (defaults: H = 90 days, k = 5,
 * m = 0.9 for on-time and quality, 0.8 for responsiveness, weights 40 / 40 / 20). Where Beta(α, β) has β = 1 its
 * 5th percentile is 0.05^(1/α) exactly; the other lower bounds were checked with SciPy's beta.ppf.
 */
class ScorePolicyTest {

    private static final Instant AS_OF = Instant.parse("2026-12-01T12:00:00Z");
    private final ScorePolicy policy = new ScorePolicy(ScoringSettings.DEFAULT);
    private int events;

    private Observation onTime(double x, Instant at) {
        return new Observation("acme", Dimension.ON_TIME, x, at, "event-" + events++, "northwind", "job:" + events);
    }

    private List<Observation> onTimeJobs(int jobs) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            observations.add(onTime(1, AS_OF));
        }
        return observations;
    }

    @Test
    void a_new_supplier_without_jobs_stands_at_the_prior_mean() {
        ScorePolicy.Scorecard card = policy.scorecard("acme", List.of(), AS_OF);

        ScorePolicy.DimensionScore onTime = card.dimension(Dimension.ON_TIME);
        assertThat(onTime.count()).isZero();
        assertThat(onTime.alpha()).isEqualTo(4.5);
        assertThat(onTime.beta()).isCloseTo(0.5, within(1e-12));
        assertThat(onTime.score()).isCloseTo(0.9, within(1e-12));
        assertThat(onTime.lowerBound()).isCloseTo(0.637513, within(1e-6));
        ScorePolicy.DimensionScore responsiveness = card.dimension(Dimension.RESPONSIVENESS);
        assertThat(responsiveness.alpha()).isCloseTo(4, within(1e-12));
        assertThat(responsiveness.beta()).isCloseTo(1, within(1e-12));
        assertThat(responsiveness.lowerBound()).as("Beta(4, 1): 0.05^(1/4)")
                .isCloseTo(Math.pow(0.05, 1 / 4.0), within(1e-9));
        assertThat(card.composite()).as("0.4·0.9 + 0.4·0.9 + 0.2·0.8").isCloseTo(0.88, within(1e-12));
        assertThat(card.compositeLowerBound())
                .isCloseTo((40 * 0.637513 + 40 * 0.637513 + 20 * Math.pow(0.05, 0.25)) / 100, within(1e-6));
    }

    @Test
    void one_job_and_ten_jobs_on_time_move_the_score_by_their_evidence() {
        ScorePolicy.DimensionScore one = policy.score(Dimension.ON_TIME, onTimeJobs(1), AS_OF);
        assertThat(one.alpha()).isEqualTo(5.5);
        assertThat(one.score()).as("5.5 / 6").isCloseTo(11 / 12.0, within(1e-12));
        assertThat(one.lowerBound()).isCloseTo(0.694254, within(1e-6));

        ScorePolicy.DimensionScore ten = policy.score(Dimension.ON_TIME, onTimeJobs(10), AS_OF);
        assertThat(ten.count()).isEqualTo(10);
        assertThat(ten.weightedCount()).isEqualTo(10);
        assertThat(ten.score()).as("14.5 / 15").isCloseTo(29 / 30.0, within(1e-12));
        assertThat(ten.lowerBound()).isCloseTo(0.873942, within(1e-6));
    }

    @Test
    void a_late_job_ninety_days_old_weighs_half_a_new_one() {
        Instant ninetyDaysAgo = AS_OF.minus(Duration.ofDays(90));
        assertThat(policy.weight(ninetyDaysAgo, AS_OF)).isEqualTo(0.5);
        assertThat(policy.weight(AS_OF.minus(Duration.ofDays(180)), AS_OF)).isEqualTo(0.25);

        ScorePolicy.DimensionScore old = policy.score(Dimension.ON_TIME, List.of(onTime(0, ninetyDaysAgo)), AS_OF);
        assertThat(old.beta()).as("0.5 + 0.5·1").isCloseTo(1.0, within(1e-12));
        assertThat(old.score()).as("4.5 / 5.5").isCloseTo(4.5 / 5.5, within(1e-12));
        assertThat(old.lowerBound()).as("Beta(4.5, 1): 0.05^(1/4.5)")
                .isCloseTo(Math.pow(0.05, 1 / 4.5), within(1e-9));

        ScorePolicy.DimensionScore recent = policy.score(Dimension.ON_TIME, List.of(onTime(0, AS_OF)), AS_OF);
        assertThat(recent.beta()).isCloseTo(1.5, within(1e-12));
        assertThat(recent.score()).isLessThan(old.score());
    }

    @Test
    void the_lower_bound_ranks_one_lucky_job_below_forty_five_of_fifty() {
        ScorePolicy.DimensionScore lucky = policy.score(Dimension.ON_TIME, onTimeJobs(1), AS_OF);
        List<Observation> steady = onTimeJobs(45);
        for (int i = 0; i < 5; i++) {
            steady.add(onTime(0, AS_OF));
        }
        ScorePolicy.DimensionScore proven = policy.score(Dimension.ON_TIME, steady, AS_OF);

        assertThat(lucky.score()).as("the mean favours luck").isGreaterThan(proven.score());
        assertThat(proven.score()).as("49.5 / 55").isCloseTo(0.9, within(1e-12));
        assertThat(proven.lowerBound()).isCloseTo(0.826698, within(1e-6));
        assertThat(lucky.lowerBound()).as("the lower bound favours evidence").isLessThan(proven.lowerBound());
    }

    @Test
    void a_partly_accepted_receipt_counts_its_accepted_share() {
        Observation receipt = new Observation("acme", Dimension.QUALITY, 0.8, AS_OF, "receipt-1", "northwind",
                "receipt:1");

        ScorePolicy.DimensionScore quality = policy.score(Dimension.QUALITY, List.of(receipt), AS_OF);

        assertThat(quality.alpha()).isCloseTo(5.3, within(1e-12));
        assertThat(quality.beta()).isCloseTo(0.7, within(1e-12));
        assertThat(quality.score()).isCloseTo(5.3 / 6, within(1e-12));
    }

    @Test
    void observations_after_as_of_are_not_counted_yet() {
        ScorePolicy.DimensionScore score = policy.score(Dimension.ON_TIME,
                List.of(onTime(0, AS_OF.plusSeconds(1))), AS_OF);

        assertThat(score.count()).isZero();
        assertThat(score.score()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void the_same_observations_in_any_order_give_the_same_digits() {
        Random random = new Random(12);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Dimension dimension = Dimension.values()[random.nextInt(3)];
            observations.add(new Observation("acme", dimension, random.nextInt(11) / 10.0,
                    AS_OF.minus(Duration.ofMinutes(random.nextInt(400_000))), "event-" + i, "northwind", "job:" + i));
        }
        ScorePolicy.Scorecard inOrder = policy.scorecard("acme", observations, AS_OF);
        Collections.shuffle(observations, random);

        assertThat(policy.scorecard("acme", observations, AS_OF)).isEqualTo(inOrder);
    }
}
