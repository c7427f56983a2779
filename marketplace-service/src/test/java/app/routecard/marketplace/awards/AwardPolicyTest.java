package app.routecard.marketplace.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How long an awarded shop reads the RFQ's drawings: files-service grants at most a year from now. */
class AwardPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void a_promise_ten_days_out_shares_the_drawings_for_364_days_not_a_year_past_it() {
        assertThat(AwardPolicy.drawingsSharedUntil(LocalDate.of(2026, 12, 17), NOW))
                .isEqualTo(NOW.plusDays(364));
    }

    @Test
    void a_promise_already_past_shares_them_until_a_year_after_it() {
        assertThat(AwardPolicy.drawingsSharedUntil(LocalDate.of(2026, 3, 1), NOW))
                .isEqualTo(OffsetDateTime.of(2027, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }
}
