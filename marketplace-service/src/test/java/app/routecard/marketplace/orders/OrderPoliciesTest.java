package app.routecard.marketplace.orders;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.awards.AwardPolicy;
import app.routecard.platform.service.rules.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Awards, receipts and how the shop's job events move the buyer's order: the rules one by one. */
class OrderPoliciesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static String rule(Optional<Refusal> refusal) {
        return refusal.map(Refusal::rule).orElse("allowed");
    }

    private static OrderProgressPolicy.JobFacts event(String type) {
        return new OrderProgressPolicy.JobFacts(type, "J-2026-0001", null, 2, "Deburr", 48, 50, 250, false, "DHL",
                "JD1");
    }

    @Test
    void only_a_standing_unexpired_quote_of_an_undecided_rfq_is_awarded() {
        assertThat(rule(AwardPolicy.checkAward("OPEN", "QUOTE", "SUBMITTED", TODAY, TODAY))).isEqualTo("allowed");
        assertThat(rule(AwardPolicy.checkAward("QUOTING_CLOSED", "QUOTE", "SUBMITTED", TODAY, TODAY)))
                .isEqualTo("allowed");
        assertThat(rule(AwardPolicy.checkAward("PARTLY_AWARDED", "QUOTE", "SUBMITTED", TODAY, TODAY)))
                .isEqualTo("allowed");
        assertThat(rule(AwardPolicy.checkAward("AWARDED", "QUOTE", "SUBMITTED", TODAY, TODAY)))
                .isEqualTo("AwardOnlyUndecidedRfqs");
        assertThat(rule(AwardPolicy.checkAward("CANCELLED", "QUOTE", "SUBMITTED", TODAY, TODAY)))
                .isEqualTo("AwardOnlyUndecidedRfqs");
        assertThat(rule(AwardPolicy.checkAward("OPEN", "COUNTER", "SUBMITTED", TODAY, TODAY)))
                .isEqualTo("AwardQuotesNotCounters");
        assertThat(rule(AwardPolicy.checkAward("OPEN", "QUOTE", "WITHDRAWN", TODAY, TODAY)))
                .isEqualTo("AwardOnlyStandingQuotes");
        assertThat(rule(AwardPolicy.checkAward("OPEN", "QUOTE", "SUBMITTED", TODAY.minusDays(1), TODAY)))
                .isEqualTo("NoAwardOfExpiredQuote");
        assertThat(rule(AwardPolicy.checkLineFree(2, true))).isEqualTo("EachLineAwardedOnce");
        assertThat(rule(AwardPolicy.checkLineFree(2, false))).isEqualTo("allowed");
        assertThat(AwardPolicy.rfqStatusAfter(3, 2)).isEqualTo("PARTLY_AWARDED");
        assertThat(AwardPolicy.rfqStatusAfter(3, 3)).isEqualTo("AWARDED");
        assertThat(rule(AwardPolicy.checkAcknowledge("NEW"))).isEqualTo("allowed");
        assertThat(rule(AwardPolicy.checkAcknowledge("ACKNOWLEDGED"))).isEqualTo("AcknowledgeOnce");
    }

    @Test
    void a_receipt_adds_up_names_its_rejections_and_never_exceeds_what_was_shipped() {
        assertThat(ReceiptPolicy.contentProblem(10, 8, 2, "scratched")).isEmpty();
        assertThat(ReceiptPolicy.contentProblem(10, 8, 1, null)).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("accepted"));
        assertThat(ReceiptPolicy.contentProblem(10, 8, 2, " ")).get()
                .satisfies(p -> assertThat(p[0]).isEqualTo("reason"));
        assertThat(rule(ReceiptPolicy.checkReceive("SHIPPED", 50, 40, 10))).isEqualTo("allowed");
        assertThat(rule(ReceiptPolicy.checkReceive("SHIPPED", 50, 40, 11))).isEqualTo("ReceiveOnlyWhatShipped");
        assertThat(rule(ReceiptPolicy.checkReceive("CANCELLED", 50, 0, 1))).isEqualTo("NoReceiptOnCancelledOrders");
    }

    @Test
    void job_events_move_the_order_forward_only_and_say_what_happened() {
        assertThat(OrderProgressPolicy.apply("ACKNOWLEDGED", event("job.released")).orElseThrow().status())
                .isEqualTo("IN_PRODUCTION");
        OrderProgressPolicy.Progress step = OrderProgressPolicy.apply("IN_PRODUCTION", event("job.step.completed"))
                .orElseThrow();
        assertThat(step.summary()).isEqualTo("Step 2 Deburr done (48 good)");
        assertThat(step.stepCompleted()).isTrue();
        OrderProgressPolicy.Progress partly = OrderProgressPolicy.apply("IN_PRODUCTION", event("job.shipped"))
                .orElseThrow();
        assertThat(partly.status()).as("a part shipment leaves it in production").isEqualTo("IN_PRODUCTION");
        assertThat(partly.summary()).isEqualTo("Shipped 50 of 250 by DHL, tracking JD1");
        assertThat(OrderProgressPolicy.apply("SHIPPED", event("job.step.completed")).orElseThrow().status())
                .as("a late older event does not take the order back").isEqualTo("SHIPPED");
        assertThat(OrderProgressPolicy.apply("AWARDED", event("job.created")).orElseThrow().status())
                .isEqualTo("AWARDED");
        assertThat(OrderProgressPolicy.apply("IN_PRODUCTION", event("job.cancelled")).orElseThrow().status())
                .isEqualTo("CANCELLED");
        assertThat(OrderProgressPolicy.apply("CANCELLED", event("job.delivered")).orElseThrow().status())
                .isEqualTo("CANCELLED");
        assertThat(OrderProgressPolicy.apply("IN_PRODUCTION", event("job.actuals.reported"))).isEmpty();
    }

    @Test
    void a_new_or_probation_supplier_is_awarded_jobs_within_its_standings_cap_only() {
        BigDecimal newCap = new BigDecimal("10000");
        BigDecimal probationCap = new BigDecimal("5000");
        assertThat(rule(AwardPolicy.checkJobValue("Acme", "NEW", new BigDecimal("10000.00"), "EUR", newCap,
                probationCap))).isEqualTo("allowed");
        assertThat(AwardPolicy.checkJobValue("Acme", "NEW", new BigDecimal("10000.01"), "EUR", newCap,
                probationCap)).hasValueSatisfying(refusal -> {
                    assertThat(refusal.rule()).isEqualTo("AwardWithinStandingCap");
                    assertThat(refusal.explanation()).contains("Acme is new").contains("at most 10000 EUR")
                            .contains("10000.01 EUR");
                });
        assertThat(rule(AwardPolicy.checkJobValue("Acme", "PROBATION", new BigDecimal("6000"), "EUR", newCap,
                probationCap))).isEqualTo("AwardWithinStandingCap");
        assertThat(rule(AwardPolicy.checkJobValue("Acme", "WATCH", new BigDecimal("1000000"), "EUR", newCap,
                probationCap))).isEqualTo("allowed");
        assertThat(rule(AwardPolicy.checkJobValue("Acme", "EXCELLENT", new BigDecimal("1000000"), "EUR", newCap,
                probationCap))).isEqualTo("allowed");
    }
}
