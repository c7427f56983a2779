package app.routecard.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(1));

    @Test
    void a_failing_event_is_tried_the_configured_number_of_times() {
        assertThat(policy.retryAfter(1)).isTrue();
        assertThat(policy.retryAfter(4)).isTrue();
        assertThat(policy.retryAfter(5)).as("the fifth failure makes it a dead letter").isFalse();
    }

    @Test
    void the_pause_doubles_up_to_the_longest() {
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffAfter(60)).isEqualTo(Duration.ofSeconds(1));
    }
}
