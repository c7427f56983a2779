package app.routecard.notifications.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EndpointHealthPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration FIVE_DAYS = Duration.ofDays(5);

    @Test
    void an_endpoint_that_has_not_failed_stays_on() {
        assertThat(EndpointHealthPolicy.disable(null, NOW, FIVE_DAYS)).isFalse();
    }

    @Test
    void an_endpoint_failing_for_less_than_the_allowed_time_stays_on() {
        assertThat(EndpointHealthPolicy.disable(NOW.minus(Duration.ofDays(4)), NOW, FIVE_DAYS)).isFalse();
    }

    @Test
    void an_endpoint_failing_for_the_allowed_time_or_longer_is_switched_off() {
        assertThat(EndpointHealthPolicy.disable(NOW.minus(FIVE_DAYS), NOW, FIVE_DAYS)).isTrue();
        assertThat(EndpointHealthPolicy.disable(NOW.minus(Duration.ofDays(9)), NOW, FIVE_DAYS)).isTrue();
    }
}
