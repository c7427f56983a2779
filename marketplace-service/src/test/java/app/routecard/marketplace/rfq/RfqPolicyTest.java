package app.routecard.marketplace.rfq;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfqPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private static String[] problem(String currency, List<List<Integer>> quantities, LocalDate ship,
                                    OffsetDateTime deadline) {
        return RfqPolicy.contentProblem(currency, quantities, ship, deadline, NOW).orElse(null);
    }

    @Test
    void a_sound_rfq_has_no_problem() {
        assertThat(problem("EUR", List.of(List.of(50, 250)), LocalDate.of(2027, 1, 10), NOW.plusDays(7))).isNull();
    }

    @Test
    void currency_quantity_breaks_deadline_and_ship_date_are_checked_by_field() {
        assertThat(problem("XYZ", List.of(List.of(5)), LocalDate.of(2027, 1, 10), NOW.plusDays(7)))
                .containsExactly("currency", "is no ISO 4217 currency code");
        assertThat(problem("EUR", List.of(List.of(5), List.of(250, 50)), LocalDate.of(2027, 1, 10),
                NOW.plusDays(7))).containsExactly("lines[1].quantities", "quantity breaks go up: [250, 50]");
        assertThat(problem("EUR", List.of(List.of(5)), LocalDate.of(2027, 1, 10), NOW))
                .containsExactly("quoteDeadline", "must be in the future");
        assertThat(problem("EUR", List.of(List.of(5)), LocalDate.of(2026, 11, 30), NOW.plusDays(7)))
                .containsExactly("targetShipDate", "must be after the quote deadline");
    }

    @Test
    void a_draft_changes_and_posts_once_and_only_an_undecided_rfq_is_cancelled() {
        assertThat(RfqPolicy.checkEdit(RfqStatus.DRAFT)).isEmpty();
        assertThat(RfqPolicy.checkEdit(RfqStatus.OPEN)).map(Refusal::rule).hasValue("OnlyDraftsChange");
        assertThat(RfqPolicy.checkPost(RfqStatus.DRAFT)).isEmpty();
        assertThat(RfqPolicy.checkPost(RfqStatus.OPEN)).map(Refusal::rule).hasValue("PostOnlyDrafts");
        for (RfqStatus open : List.of(RfqStatus.DRAFT, RfqStatus.OPEN, RfqStatus.QUOTING_CLOSED)) {
            assertThat(RfqPolicy.checkCancel(open)).as(open.name()).isEmpty();
        }
        for (RfqStatus decided : List.of(RfqStatus.AWARDED, RfqStatus.PARTLY_AWARDED, RfqStatus.CANCELLED)) {
            assertThat(RfqPolicy.checkCancel(decided)).map(Refusal::rule).as(decided.name())
                    .hasValue("CancelOnlyUndecided");
        }
    }
}
