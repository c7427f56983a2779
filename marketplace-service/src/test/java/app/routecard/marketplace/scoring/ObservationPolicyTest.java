package app.routecard.marketplace.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ObservationPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final ObservationPolicy policy = new ObservationPolicy(ScoringSettings.DEFAULT);

    @Test
    void on_time_is_judged_on_the_shops_own_calendar() {
        LocalDate promised = LocalDate.of(2026, 12, 4);
        // 22:30 UTC on the 4th is 23:30 in Berlin: still the 4th there.
        assertThat(policy.onTime(promised, Instant.parse("2026-12-04T22:30:00Z"), BERLIN)).isEqualTo(1);
        // 23:30 UTC on the 4th is 00:30 on the 5th in Berlin: a day late there.
        assertThat(policy.onTime(promised, Instant.parse("2026-12-04T23:30:00Z"), BERLIN)).isZero();
        assertThat(policy.onTime(promised, Instant.parse("2026-12-01T08:00:00Z"), BERLIN)).isEqualTo(1);
    }

    @Test
    void grace_days_extend_the_promised_date() {
        ScoringSettings d = ScoringSettings.DEFAULT;
        ObservationPolicy graceful = new ObservationPolicy(new ScoringSettings(d.halfLifeDays(), d.priors(),
                d.weights(), d.thresholds(), d.hysteresisPoints(), d.newUntilOnTimeJobs(), d.caps(),
                d.responseTarget(), 1));

        assertThat(graceful.onTime(LocalDate.of(2026, 12, 4), Instant.parse("2026-12-05T10:00:00Z"), BERLIN))
                .isEqualTo(1);
        assertThat(graceful.onTime(LocalDate.of(2026, 12, 4), Instant.parse("2026-12-06T10:00:00Z"), BERLIN))
                .isZero();
    }

    @Test
    void quality_is_the_accepted_share_of_what_was_received() {
        assertThat(policy.quality(10, 8)).hasValue(0.8);
        assertThat(policy.quality(10, 10)).hasValue(1.0);
        assertThat(policy.quality(0, 0)).isEmpty();
    }

    @Test
    void an_answer_within_the_target_is_responsive_and_a_late_or_missing_one_is_not() {
        Instant offered = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(policy.responsive(offered, offered.plus(Duration.ofHours(24)))).isEqualTo(1);
        assertThat(policy.responsive(offered, offered.plus(Duration.ofHours(25)))).isZero();
        assertThat(policy.responsive(offered, null)).isZero();
    }
}
