package app.routecard.notifications.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who hears of which event. */
class RecipientPolicyTest {

    private static RecipientPolicy.Fields data(Map<String, String> fields, List<String> notAwarded) {
        return new RecipientPolicy.Fields() {
            @Override
            public String text(String field) {
                return fields.getOrDefault(field, "");
            }

            @Override
            public List<String> list(String field) {
                return field.equals("notAwarded") ? notAwarded : List.of();
            }
        };
    }

    @Test
    void an_offer_tells_the_offered_shops_admins_and_links_to_the_offer() {
        List<Notice> notices = RecipientPolicy.noticesFor("marketplace.offer.sent", "acme", data(Map.of(
                "offerId", "o-1", "rfqNumber", "R-2026-0001", "expiresAt", "2026-12-07T10:00:00Z"), List.of()));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.tenantId()).isEqualTo("acme");
            assertThat(notice.role()).isEqualTo("shop_admin");
            assertThat(notice.title()).isEqualTo("New offer: RFQ R-2026-0001");
            assertThat(notice.body()).isEqualTo("Quote, decline or counter it before 2026-12-07 10:00 UTC.");
            assertThat(notice.link()).isEqualTo("/offers/o-1");
        });
    }

    @Test
    void a_quote_tells_the_rfqs_buyers_not_the_shop_that_sent_it() {
        List<Notice> notices = RecipientPolicy.noticesFor("marketplace.quote.submitted", "acme", data(Map.of(
                "buyerTenantId", "northwind", "rfqId", "r-1", "rfqNumber", "R-1"), List.of()));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.tenantId()).isEqualTo("northwind");
            assertThat(notice.role()).isEqualTo("buyer");
            assertThat(notice.link()).isEqualTo("/rfqs/r-1");
        });
    }

    @Test
    void an_award_tells_the_winner_and_each_shop_that_quoted_in_vain() {
        List<Notice> notices = RecipientPolicy.noticesFor("marketplace.award.created", "acme", data(Map.of(
                "awardId", "a-1", "orderNumber", "O-1", "quantity", "250", "partNumber", "BRKT-1001",
                "buyerName", "Northwind", "rfqNumber", "R-1", "promisedShipDate", "2026-12-20"),
                List.of("bluefin", "cobalt")));

        assertThat(notices).extracting(Notice::tenantId).containsExactly("acme", "bluefin", "cobalt");
        assertThat(notices.get(0).title()).isEqualTo("Order O-1: 250 × BRKT-1001 awarded to you");
        assertThat(notices.get(0).link()).isEqualTo("/awards/a-1");
        assertThat(notices.get(1).title()).isEqualTo("RFQ R-1 went to another shop");
    }

    @Test
    void returns_unacknowledged_awards_and_standings_tell_the_shops_admins() {
        assertThat(RecipientPolicy.noticesFor("marketplace.return.recorded", "acme", data(Map.of("orderId", "o-9",
                "quantity", "2", "partNumber", "P", "orderNumber", "O-9", "reason", "cracked"), List.of())))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.link()).isEqualTo("/awards/o-9");
                    assertThat(notice.body()).startsWith("cracked");
                });
        assertThat(RecipientPolicy.noticesFor("marketplace.award.unacknowledged", "acme", data(Map.of(
                "awardId", "a-2", "orderNumber", "O-2"), List.of()))).extracting(Notice::link)
                .containsExactly("/awards/a-2");
        assertThat(RecipientPolicy.noticesFor("marketplace.standing.changed", "acme", data(Map.of(
                "to", "PROBATION", "reason", "late jobs"), List.of()))).singleElement()
                .satisfies(notice -> assertThat(notice.title()).isEqualTo("Your standing is now probation"));
    }

    @Test
    void a_standing_change_tells_the_supplier_and_every_operator_with_the_page_each_reads() {
        List<Notice> notices = RecipientPolicy.noticesFor("marketplace.standing.changed", "routecard", data(Map.of(
                "supplierTenantId", "acme", "from", "GOOD", "to", "SUSPENDED", "reason", "audit"), List.of()),
                (shop, job) -> java.util.Optional.empty(), () -> List.of("routecard", "routecard-eu"));
        assertThat(notices).extracting(Notice::tenantId, Notice::role, Notice::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acme", "shop_admin", "/scorecard"),
                org.assertj.core.groups.Tuple.tuple("routecard", "operator", "/operator/leaderboards/acme"),
                org.assertj.core.groups.Tuple.tuple("routecard-eu", "operator", "/operator/leaderboards/acme"));
        assertThat(notices.get(1).title()).isEqualTo("A supplier's standing went from good to suspended");
        assertThat(notices.get(1).category()).isEqualTo("operations");
    }

    @Test
    void a_suspension_and_a_reinstatement_tell_the_tenants_admins_whatever_its_kind() {
        List<Notice> suspended = RecipientPolicy.noticesFor("tenant.suspended", "bluefin", data(Map.of(
                "suspensionReason", "unpaid invoices"), List.of()));
        assertThat(suspended).extracting(Notice::role).containsExactly("shop_admin", "buyer");
        assertThat(suspended).allSatisfy(notice -> {
            assertThat(notice.tenantId()).isEqualTo("bluefin");
            assertThat(notice.category()).isEqualTo("account");
            assertThat(notice.title()).isEqualTo("Your organization is suspended");
            assertThat(notice.body()).startsWith("Reason: unpaid invoices.");
        });
        assertThat(RecipientPolicy.noticesFor("tenant.reinstated", "bluefin", data(Map.of(), List.of())))
                .extracting(Notice::title).containsOnly("Your organization is active again");
        assertThat(RecipientPolicy.noticesFor("tenant.updated", "bluefin", data(Map.of(), List.of()))).isEmpty();
    }

    @Test
    void a_blocked_job_tells_the_shops_admins_and_its_owner() {
        assertThat(RecipientPolicy.noticesFor("job.blocked", "acme", data(Map.of("jobId", "j-1", "jobNumber",
                "J-1", "category", "MATERIAL", "note", "bar stock late"), List.of()))).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.title()).isEqualTo("Job J-1 is blocked: material");
                    assertThat(notice.link()).isEqualTo("/jobs/j-1");
                    assertThat(notice.role()).isEqualTo("shop_admin");
                    assertThat(notice.alsoPerson()).isNull();
                });
        assertThat(RecipientPolicy.noticesFor("job.blocked", "acme", data(Map.of("jobId", "j-1", "jobNumber",
                "J-1", "category", "MATERIAL", "note", "n", "owner", "Sam@acme.example"), List.of())))
                .singleElement().satisfies(notice -> assertThat(notice.alsoPerson()).isEqualTo("sam@acme.example"));
    }

    @Test
    void a_shipment_of_a_marketplace_job_tells_the_orders_buyer_and_of_another_job_nobody() {
        RecipientPolicy.Orders orders = (shop, job) -> shop.equals("acme") && job.equals("j-7")
                ? java.util.Optional.of(new RecipientPolicy.Order("northwind", "o-7", "O-2026-0007"))
                : java.util.Optional.empty();
        Map<String, String> shipped = Map.of("jobId", "j-7", "shippedQuantity", "250", "orderedQuantity", "250",
                "carrier", "DHL", "trackingNumber", "JD1", "onTime", "false");

        assertThat(RecipientPolicy.noticesFor("job.shipped", "acme", data(shipped, List.of()), orders))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.tenantId()).isEqualTo("northwind");
                    assertThat(notice.role()).isEqualTo("buyer");
                    assertThat(notice.title()).isEqualTo("Order O-2026-0007 shipped: 250 of 250");
                    assertThat(notice.body()).isEqualTo("By DHL, tracking JD1. Late.");
                    assertThat(notice.link()).isEqualTo("/orders/o-7");
                });
        assertThat(RecipientPolicy.noticesFor("job.shipped", "bluefin", data(shipped, List.of()), orders)).isEmpty();
        assertThat(RecipientPolicy.noticesFor("job.delivered", "acme", data(Map.of("jobId", "j-7", "quantity",
                "250"), List.of()), orders)).extracting(Notice::link).containsExactly("/orders/o-7");
    }

    @Test
    void an_event_no_rule_names_tells_nobody() {
        assertThat(RecipientPolicy.noticesFor("marketplace.offer.viewed", "acme", data(Map.of(), List.of())))
                .isEmpty();
        assertThat(RecipientPolicy.types()).contains("marketplace.offer.sent")
                .doesNotContain("marketplace.offer.viewed");
    }
}
