package app.routecard.marketplace.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.routecard.platform.service.problem.InvalidField;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Moving marketplace time on a dev stack, and only there; bad offsets named. */
class DevClockResourceTest {

    @Test
    void a_dev_stack_moves_marketplace_time_and_back() {
        MarketClock clock = new MarketClock();
        DevClockResource resource = new DevClockResource(clock, true);

        DevClockResource.ClockView moved = resource.move(new DevClockResource.Move("-P14D"));

        assertThat(moved.offset()).isEqualTo("PT-336H");
        assertThat(clock.today()).isEqualTo(OffsetDateTime.now().minusDays(14).toLocalDate());
        assertThat(clock.now()).isCloseTo(OffsetDateTime.now().minusDays(14), within(5, ChronoUnit.SECONDS));
        resource.move(new DevClockResource.Move("PT0S"));
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        assertThat(clock.now()).isCloseTo(OffsetDateTime.now(), within(5, ChronoUnit.SECONDS));
    }

    @Test
    void offsets_that_are_not_durations_or_too_far_are_refused_by_name() {
        DevClockResource resource = new DevClockResource(new MarketClock(), true);
        for (String offset : new String[] {"two weeks", "", "P500D", "-P401D"}) {
            assertThatThrownBy(() -> resource.move(new DevClockResource.Move(offset))).as(offset)
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("offset"));
        }
        assertThatThrownBy(() -> resource.move(null)).isInstanceOf(InvalidField.class);
    }

    @Test
    void where_the_clock_is_not_adjustable_moving_it_is_not_found() {
        MarketClock clock = new MarketClock();
        DevClockResource production = new DevClockResource(clock, false);

        assertThatThrownBy(() -> production.move(new DevClockResource.Move("-P14D")))
                .isInstanceOf(NotFoundException.class);
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        assertThat(production.get().adjustable()).isFalse();
    }
}
