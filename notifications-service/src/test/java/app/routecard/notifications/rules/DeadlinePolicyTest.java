package app.routecard.notifications.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.notifications.deadlines.DeadlinePolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void an_unanswered_offer_is_reminded_of_from_four_hours_before_it_expires_until_it_does() {
        assertThat(DeadlinePolicy.remindOfOffer(NOW.plus(Duration.ofHours(5)), false, false, NOW)).isFalse();
        assertThat(DeadlinePolicy.remindOfOffer(NOW.plus(Duration.ofHours(4)), false, false, NOW)).isTrue();
        assertThat(DeadlinePolicy.remindOfOffer(NOW.plus(Duration.ofMinutes(10)), false, false, NOW)).isTrue();
        assertThat(DeadlinePolicy.remindOfOffer(NOW, false, false, NOW)).as("expired").isFalse();
    }

    @Test
    void an_answered_or_already_reminded_offer_is_not_reminded_of() {
        assertThat(DeadlinePolicy.remindOfOffer(NOW.plus(Duration.ofHours(1)), true, false, NOW)).isFalse();
        assertThat(DeadlinePolicy.remindOfOffer(NOW.plus(Duration.ofHours(1)), false, true, NOW)).isFalse();
    }

    @Test
    void a_job_due_within_two_days_is_at_risk_and_one_past_its_date_is_late_unless_finished_or_told() {
        assertThat(DeadlinePolicy.jobAtRisk(TODAY.plusDays(3), false, false, TODAY)).isFalse();
        assertThat(DeadlinePolicy.jobAtRisk(TODAY.plusDays(2), false, false, TODAY)).isTrue();
        assertThat(DeadlinePolicy.jobAtRisk(TODAY, false, false, TODAY)).isTrue();
        assertThat(DeadlinePolicy.jobAtRisk(TODAY.minusDays(1), false, false, TODAY)).as("late, not at risk")
                .isFalse();
        assertThat(DeadlinePolicy.jobAtRisk(TODAY.plusDays(1), true, false, TODAY)).isFalse();
        assertThat(DeadlinePolicy.jobAtRisk(TODAY.plusDays(1), false, true, TODAY)).isFalse();
        assertThat(DeadlinePolicy.jobLate(TODAY, false, false, TODAY)).isFalse();
        assertThat(DeadlinePolicy.jobLate(TODAY.minusDays(1), false, false, TODAY)).isTrue();
        assertThat(DeadlinePolicy.jobLate(TODAY.minusDays(1), true, false, TODAY)).isFalse();
        assertThat(DeadlinePolicy.jobLate(TODAY.minusDays(1), false, true, TODAY)).isFalse();
    }

    @Test
    void a_promised_customer_update_is_due_on_its_day_and_after_until_told_and_tells_the_jobs_owner() {
        assertThat(DeadlinePolicy.customerUpdateDue(TODAY.plusDays(1), false, TODAY)).isFalse();
        assertThat(DeadlinePolicy.customerUpdateDue(TODAY, false, TODAY)).isTrue();
        assertThat(DeadlinePolicy.customerUpdateDue(TODAY.minusDays(2), false, TODAY)).isTrue();
        assertThat(DeadlinePolicy.customerUpdateDue(TODAY, true, TODAY)).isFalse();
        Notice owned = DeadlinePolicy.customerUpdateDue("acme", "j-1", "J-42", TODAY, "Anodizing done.",
                "Sam@Acme.example");
        assertThat(owned.role()).isEqualTo("person:sam@acme.example");
        assertThat(owned.title()).isEqualTo("Customer update due 2026-12-06 for job J-42");
        assertThat(owned.link()).isEqualTo("/jobs/j-1");
        assertThat(DeadlinePolicy.customerUpdateDue("acme", "j-1", "J-42", TODAY, "x", " ").role())
                .as("no owner: the shop's admins").isEqualTo("shop_admin");
    }

    @Test
    void reminders_tell_the_shops_admins_and_link_to_the_page() {
        Notice offer = DeadlinePolicy.offerExpiring("acme", "o-1", "R-7", NOW.plus(Duration.ofHours(3)));
        assertThat(offer.role()).isEqualTo("shop_admin");
        assertThat(offer.title()).isEqualTo("Offer for RFQ R-7 expires at 2026-12-06 13:00 UTC");
        assertThat(offer.link()).isEqualTo("/offers/o-1");
        Notice late = DeadlinePolicy.jobLate("acme", "j-1", "J-42", TODAY.minusDays(1), "Sam@Acme.example");
        assertThat(late.title()).isEqualTo("Job J-42 is late: it was due 2026-12-05");
        assertThat(late.role()).isEqualTo("shop_admin");
        assertThat(late.alsoPerson()).as("and the job's owner").isEqualTo("sam@acme.example");
        Notice atRisk = DeadlinePolicy.jobAtRisk("acme", "j-1", "J-42", TODAY, null);
        assertThat(atRisk.link()).isEqualTo("/jobs/j-1");
        assertThat(atRisk.alsoPerson()).as("no owner: the admins only").isNull();
    }
}
