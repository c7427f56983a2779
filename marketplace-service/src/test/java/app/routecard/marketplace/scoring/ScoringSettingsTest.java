package app.routecard.marketplace.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringSettingsTest {

    private static ScoringSettings withWeights(Map<Dimension, Integer> weights) {
        ScoringSettings d = ScoringSettings.DEFAULT;
        return new ScoringSettings(d.halfLifeDays(), d.priors(), weights, d.thresholds(), d.hysteresisPoints(),
                d.newUntilOnTimeJobs(), d.caps(), d.responseTarget(), d.graceDays());
    }

    @Test
    void the_defaults_are_usable() {
        assertThat(ScoringSettings.DEFAULT.problems()).isEmpty();
    }

    @Test
    void weights_that_do_not_sum_to_100_are_refused_naming_the_field() {
        assertThat(withWeights(Map.of(Dimension.ON_TIME, 40, Dimension.QUALITY, 40, Dimension.RESPONSIVENESS, 10))
                .problems()).containsExactly(Map.entry("weights", "must sum to 100, not 90"));
        assertThat(withWeights(Map.of(Dimension.ON_TIME, 60, Dimension.QUALITY, -10, Dimension.RESPONSIVENESS, 50))
                .problems()).containsOnlyKeys("weights.quality");
        assertThat(withWeights(Map.of(Dimension.ON_TIME, 100)).problems())
                .containsOnlyKeys("weights.quality", "weights.responsiveness");
    }

    @Test
    void priors_half_life_thresholds_and_target_out_of_range_are_each_named() {
        ScoringSettings d = ScoringSettings.DEFAULT;
        ScoringSettings bad = new ScoringSettings(0,
                Map.of(Dimension.ON_TIME, new ScoringSettings.Prior(1.0, 5),
                        Dimension.QUALITY, new ScoringSettings.Prior(0.9, 0),
                        Dimension.RESPONSIVENESS, new ScoringSettings.Prior(0.8, 5)),
                d.weights(), new ScoringSettings.Thresholds(85, 95, 75), 2, 5, d.caps(), Duration.ZERO, -1);

        assertThat(bad.problems()).containsOnlyKeys("halfLifeDays", "priors.onTime.mean", "priors.quality.strength",
                "thresholds", "responseTarget", "graceDays");
    }
}
