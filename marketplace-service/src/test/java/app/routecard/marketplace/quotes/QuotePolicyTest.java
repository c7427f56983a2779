package app.routecard.marketplace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.scoring.Standing;
import app.routecard.marketplace.scoring.SupplierScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuotePolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final UUID LINE = UUID.randomUUID();
    private static final Map<UUID, List<Integer>> BREAKS = Map.of(LINE, List.of(50, 250));

    private static QuotePolicy.QuotedLine line(String first, String second) {
        return new QuotePolicy.QuotedLine(LINE, Map.of(50, new BigDecimal(first), 250, new BigDecimal(second)), 10);
    }

    private static String rule(Optional<app.routecard.platform.service.rules.Refusal> refusal) {
        return refusal.map(app.routecard.platform.service.rules.Refusal::rule).orElse("allowed");
    }

    @Test
    void an_open_offer_of_an_open_rfq_before_its_deadline_is_answered_once() {
        assertThat(rule(QuotePolicy.checkAnswer("NEW", NOW.plusHours(1), "OPEN", NOW.plusDays(2), NOW)))
                .isEqualTo("allowed");
        assertThat(rule(QuotePolicy.checkAnswer("VIEWED", NOW.plusHours(1), "OPEN", NOW.plusDays(2), NOW)))
                .isEqualTo("allowed");
        assertThat(rule(QuotePolicy.checkAnswer("QUOTED", NOW.plusHours(1), "OPEN", NOW.plusDays(2), NOW)))
                .isEqualTo("AnswerOnlyOpenOffers");
        assertThat(rule(QuotePolicy.checkAnswer("NEW", NOW, "OPEN", NOW.plusDays(2), NOW)))
                .isEqualTo("NoAnswerAfterExpiry");
        assertThat(rule(QuotePolicy.checkAnswer("NEW", NOW.plusHours(1), "CANCELLED", NOW.plusDays(2), NOW)))
                .isEqualTo("QuoteOnlyOpenRfqs");
        assertThat(rule(QuotePolicy.checkAnswer("NEW", NOW.plusHours(1), "OPEN", NOW.minusSeconds(1), NOW)))
                .isEqualTo("NothingAfterQuoteDeadline");
    }

    @Test
    void a_standing_quote_changes_until_the_deadline() {
        assertThat(rule(QuotePolicy.checkChange("SUBMITTED", "OPEN", NOW.plusDays(1), NOW))).isEqualTo("allowed");
        assertThat(rule(QuotePolicy.checkChange("WITHDRAWN", "OPEN", NOW.plusDays(1), NOW)))
                .isEqualTo("ChangeOnlyStandingQuotes");
        assertThat(rule(QuotePolicy.checkChange("SUBMITTED", "QUOTING_CLOSED", NOW.plusDays(1), NOW)))
                .isEqualTo("QuoteOnlyOpenRfqs");
        assertThat(rule(QuotePolicy.checkChange("SUBMITTED", "OPEN", NOW, NOW)))
                .isEqualTo("NothingAfterQuoteDeadline");
    }

    @Test
    void a_quote_prices_each_break_of_each_line_it_quotes_once_above_zero() {
        assertThat(QuotePolicy.contentProblem(List.of(line("18.5", "14.2")), BREAKS, TODAY, TODAY)).isEmpty();
        assertThat(QuotePolicy.contentProblem(List.of(), BREAKS, TODAY, TODAY)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("lines"));
        assertThat(QuotePolicy.contentProblem(List.of(line("0", "14.2")), BREAKS, TODAY, TODAY)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("lines[0].prices"));
        assertThat(QuotePolicy.contentProblem(List.of(new QuotePolicy.QuotedLine(LINE,
                Map.of(50, BigDecimal.ONE), 10)), BREAKS, TODAY, TODAY)).get()
                .satisfies(p -> assertThat(p[1]).contains("[50, 250]"));
        assertThat(QuotePolicy.contentProblem(List.of(new QuotePolicy.QuotedLine(UUID.randomUUID(),
                Map.of(50, BigDecimal.ONE), 10)), BREAKS, TODAY, TODAY)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("lines[0].lineId"));
        assertThat(QuotePolicy.contentProblem(List.of(line("1", "1"), line("2", "2")), BREAKS, TODAY, TODAY)).get()
                .satisfies(p -> assertThat(p).containsExactly("lines[1].lineId", "is quoted twice"));
        assertThat(QuotePolicy.contentProblem(List.of(line("1", "1")), BREAKS, TODAY.minusDays(1), TODAY)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("validUntil"));
    }

    @Test
    void a_counter_proposes_something_else() {
        assertThat(QuotePolicy.counterProblem(null, null, null, TODAY)).isPresent();
        assertThat(QuotePolicy.counterProblem(100, null, null, TODAY)).isEmpty();
        assertThat(QuotePolicy.counterProblem(null, 20, null, TODAY)).isEmpty();
        assertThat(QuotePolicy.counterProblem(null, null, TODAY.minusDays(1), TODAY)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("shipDate"));
    }

    @Test
    void the_comparison_puts_awardable_cheapest_first_and_says_why_the_others_cannot_be_awarded() {
        QuoteDtos.QuoteView cheap = view("Cobalt", "SUBMITTED", TODAY.plusDays(5), "12.00", 30);
        QuoteDtos.QuoteView dear = view("Acme", "SUBMITTED", TODAY.plusDays(5), "15.00", 5);
        QuoteDtos.QuoteView expired = view("Bluefin", "SUBMITTED", TODAY.minusDays(1), "9.00", 5);
        QuoteDtos.QuoteView withdrawn = view("Dynamo", "WITHDRAWN", TODAY.plusDays(5), "8.00", 5);
        List<QuoteComparison.Line> lines = QuoteComparison.compare(
                List.of(new QuoteComparison.RfqLine(LINE, 1, "BRKT-1001", List.of(50, 250))),
                List.of(dear, expired, cheap, withdrawn), Map.of(), TODAY.plusDays(20), TODAY,
                Map.of("cobalt", new SupplierScore(0.93, 0.81, Standing.GOOD, 12)));
        assertThat(lines.get(0).rows()).extracting(QuoteComparison.Row::supplierName)
                .containsExactly("Cobalt", "Acme", "Dynamo", "Bluefin");
        assertThat(lines.get(0).rows().get(0).meetsTarget()).as("30 days lead, 20 to target").isFalse();
        assertThat(lines.get(0).rows().get(0).score()).as("each row carries its supplier's scorecard")
                .isEqualTo(new SupplierScore(0.93, 0.81, Standing.GOOD, 12));
        assertThat(lines.get(0).rows().get(1).meetsTarget()).isTrue();
        assertThat(lines.get(0).rows().get(2).notAwardableBecause()).isEqualTo("the quote is withdrawn");
        assertThat(lines.get(0).rows().get(3).notAwardableBecause()).startsWith("the quote expired");
        List<QuoteComparison.Line> awarded = QuoteComparison.compare(
                List.of(new QuoteComparison.RfqLine(LINE, 1, "BRKT-1001", List.of(50, 250))),
                List.of(cheap), Map.of(LINE, cheap.id()), TODAY.plusDays(20), TODAY, Map.of());
        assertThat(awarded.get(0).rows().get(0).notAwardableBecause()).isEqualTo("the line is awarded");
        assertThat(awarded.get(0).awardedQuoteId()).isEqualTo(cheap.id());
    }

    private static QuoteDtos.QuoteView view(String supplier, String status, LocalDate validUntil, String price,
                                            int leadDays) {
        return new QuoteDtos.QuoteView(UUID.randomUUID(), null, null, null, supplier.toLowerCase(), supplier,
                "QUOTE", status, "EUR", List.of(new QuoteDtos.QuotedLine(LINE, 1, "BRKT-1001", List.of(
                        new QuoteDtos.Price(50, new BigDecimal(price)), new QuoteDtos.Price(250, BigDecimal.ONE)),
                leadDays)), null, validUntil, null, 1, NOW, NOW, null);
    }
}
