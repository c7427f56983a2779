package app.routecard.notifications.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeliveryRetryPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void only_a_2xx_answer_is_a_success() {
        assertThat(DeliveryRetryPolicy.succeeded(200)).isTrue();
        assertThat(DeliveryRetryPolicy.succeeded(204)).isTrue();
        assertThat(DeliveryRetryPolicy.succeeded(301)).isFalse();
        assertThat(DeliveryRetryPolicy.succeeded(410)).isFalse();
        assertThat(DeliveryRetryPolicy.succeeded(500)).isFalse();
        assertThat(DeliveryRetryPolicy.succeeded(null)).isFalse();
    }

    @Test
    void delays_grow_threefold_from_five_seconds_up_to_eight_hours() {
        assertThat(DeliveryRetryPolicy.baseDelay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliveryRetryPolicy.baseDelay(2)).isEqualTo(Duration.ofSeconds(15));
        assertThat(DeliveryRetryPolicy.baseDelay(3)).isEqualTo(Duration.ofSeconds(45));
        assertThat(DeliveryRetryPolicy.baseDelay(9)).isEqualTo(Duration.ofHours(8));
        assertThat(DeliveryRetryPolicy.baseDelay(11)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void without_jitter_the_retries_span_about_a_day_and_the_twelfth_failure_dead_letters() {
        Instant at = T0;
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 1; attempt < DeliveryRetryPolicy.MAX_ATTEMPTS; attempt++) {
            Instant next = DeliveryRetryPolicy.retryAfterFailure(attempt, at, () -> 0.5).orElseThrow();
            delays.add(Duration.between(at, next));
            at = next;
        }
        assertThat(delays).isSortedAccordingTo(Duration::compareTo);
        assertThat(Duration.between(T0, at)).isBetween(Duration.ofHours(20), Duration.ofHours(36));
        assertThat(DeliveryRetryPolicy.retryAfterFailure(DeliveryRetryPolicy.MAX_ATTEMPTS, at, () -> 0.5)).isEmpty();
    }

    @Test
    void jitter_moves_each_delay_by_at_most_a_fifth_either_way() {
        assertThat(DeliveryRetryPolicy.retryAfterFailure(2, T0, () -> 0.0)).contains(T0.plusSeconds(12));
        assertThat(DeliveryRetryPolicy.retryAfterFailure(2, T0, () -> 0.999999)).get()
                .satisfies(next -> assertThat(Duration.between(T0, next).toMillis()).isBetween(17_999L, 18_000L));
        Random random = new Random(7);
        List<Optional<Instant>> spread = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            spread.add(DeliveryRetryPolicy.retryAfterFailure(3, T0, random::nextDouble));
        }
        assertThat(spread).allSatisfy(next -> assertThat(Duration.between(T0, next.orElseThrow()).toMillis())
                .isBetween(36_000L, 54_000L));
        assertThat(spread.stream().distinct().count()).isGreaterThan(40);
    }
}
