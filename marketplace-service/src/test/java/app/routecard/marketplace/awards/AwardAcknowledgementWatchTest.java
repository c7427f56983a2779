package app.routecard.marketplace.awards;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ReplicaRace;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An award left unacknowledged past the response target is reported once, and only such an award. */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class AwardAcknowledgementWatchTest {

    @Inject
    AwardAcknowledgementWatch watch;

    @Inject
    EntityManager entities;

    @Test
    void an_award_unacknowledged_for_a_day_is_reported_once_and_a_fresh_or_acknowledged_one_not_at_all() {
        String shop = "watch-test-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID overdue = award(shop, "NEW", now.minus(Duration.ofHours(25)));
        UUID fresh = award(shop, "NEW", now.minus(Duration.ofHours(2)));
        UUID acknowledged = award(shop, "ACKNOWLEDGED", now.minus(Duration.ofHours(30)));

        // (The scheduled watch may run in between: whoever sweeps first reports it, the other finds nothing.)
        watch.sweep();
        watch.sweep();

        assertThat(reports(overdue)).singleElement().satisfies(payload -> assertThat(payload)
                .contains("\"dueAt\"").contains("\"buyerTenantId\":\"watch-buyer\""));
        assertThat(reports(fresh)).isEmpty();
        assertThat(reports(acknowledged)).isEmpty();
    }

    @Test
    void two_replicas_sweeping_at_the_same_moment_report_each_overdue_award_once() {
        String shop = "watch-race-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> overdue = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            overdue.add(award(shop, "NEW", now.minus(Duration.ofHours(25 + i))));
        }

        List<Integer> reported = ReplicaRace.run(2, watch::sweep);

        for (UUID award : overdue) {
            assertThat(reports(award)).as("reports of " + award).hasSize(1);
        }
        assertThat(reported.stream().mapToInt(Integer::intValue).sum())
                .as("awards the two replicas reported (the scheduled watch may take some)").isLessThanOrEqualTo(40);
    }

    private UUID award(String shop, String status, OffsetDateTime awardedAt) {
        UUID id = UUID.randomUUID();
        TenantTransactions.allTenants("the test stores an award in a made-up shop", () -> entities
                .createNativeQuery("""
                        insert into award (id, tenant_id, order_number, buyer_tenant, buyer_name, rfq_id, rfq_number,
                            quote_id, part_number, quantity, unit_price, currency, promised_ship_date, status,
                            awarded_at)
                        values (:id, :shop, :number, 'watch-buyer', 'Watch buyer', :id, 'RFQ-W', :id, 'W-1', 5,
                            10, 'EUR', current_date + 10, :status, :at)""")
                .setParameter("id", id).setParameter("shop", shop).setParameter("number", "PO-" + id)
                .setParameter("status", status).setParameter("at", awardedAt).executeUpdate());
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<String> reports(UUID award) {
        return TenantTransactions.allTenants("the test reads the outbox", () -> entities.createNativeQuery("""
                select payload from outbox_event where type = 'marketplace.award.unacknowledged'
                and event_key = :award""").setParameter("award", award.toString()).getResultList());
    }
}
