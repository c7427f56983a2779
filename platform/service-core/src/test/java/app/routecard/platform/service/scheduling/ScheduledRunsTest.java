package app.routecard.platform.service.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

    private static final Logger LOG = Logger.getLogger(ScheduledRunsTest.class);

    @Test
    void a_run_does_its_work() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledRuns.orNextRun(LOG, "Counting could not run", runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_failing_run_is_left_to_the_next_and_throws_nothing_into_the_scheduler() {
        assertThatCode(() -> ScheduledRuns.orNextRun(LOG, "Counting could not run", () -> {
            throw new IllegalStateException("database away");
        })).doesNotThrowAnyException();
    }
}
