package app.routecard.marketplace.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.inbox.InboxConsumers;
import app.routecard.platform.inbox.InboxEvent;
import app.routecard.platform.inbox.TopicReplay;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The scoring consumer on the real database: events become observations, an offer answered twice counts its
 * earliest answer whatever order the events arrive in, and a repeated event changes nothing. (OrderFlowTest covers
 * the same consumer fed by the real broker.)
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class ScoringFollowerTest {

    private static final OffsetDateTime OFFERED = OffsetDateTime.parse("2026-11-02T09:00:00Z");

    @Inject
    ScoringFollower follower;

    @Inject
    Scorecards scorecards;

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    @Inject
    InboxConsumers consumers;

    @Inject
    TopicReplay replay;

    private InboxEvent event(String type, String supplier, String data) throws Exception {
        return new InboxEvent(UUID.randomUUID(), type, supplier, null, null, json.readTree(data));
    }

    private InboxEvent quote(String supplier, String offer, OffsetDateTime at) throws Exception {
        return event("marketplace.quote.submitted", supplier, """
                {"offerId": "%s", "buyerTenantId": "buyer-1", "offeredAt": "%s", "submittedAt": "%s"}"""
                .formatted(offer, OFFERED, at));
    }

    private InboxEvent counter(String supplier, String offer, OffsetDateTime at) throws Exception {
        return event("marketplace.offer.countered", supplier, """
                {"offerId": "%s", "buyerTenantId": "buyer-1", "offeredAt": "%s", "counteredAt": "%s"}"""
                .formatted(offer, OFFERED, at));
    }

    private void deliver(InboxEvent event) {
        follower.observation(event).ifPresent(scorecards::observe);
    }

    private List<Observation> stored(String supplier) {
        return TenantTransactions.allTenants("the test reads a made-up supplier's observations",
                () -> scorecards.observations(supplier, null));
    }

    private String card(String supplier) {
        return TenantTransactions.allTenants("the test reads a made-up supplier's scorecard",
                () -> (String) entities.createNativeQuery(
                        "select card::text || standing || as_of::text from supplier_scorecard where tenant_id = :t")
                        .setParameter("t", supplier).getSingleResult());
    }

    @Test
    void an_offer_answered_twice_counts_its_earliest_answer_in_any_order_and_once() throws Exception {
        String inOrder = "score-test-" + UUID.randomUUID();
        String outOfOrder = "score-test-" + UUID.randomUUID();
        String offer = UUID.randomUUID().toString();
        OffsetDateTime quickQuote = OFFERED.plusHours(2);
        OffsetDateTime lateCounter = OFFERED.plusHours(30);

        deliver(quote(inOrder, offer, quickQuote));
        deliver(counter(inOrder, offer, lateCounter));
        deliver(counter(outOfOrder, offer, lateCounter));
        assertThat(stored(outOfOrder)).singleElement().satisfies(o -> assertThat(o.success())
                .as("30 h after the offer: not responsive").isZero());
        deliver(quote(outOfOrder, offer, quickQuote));

        for (String supplier : List.of(inOrder, outOfOrder)) {
            assertThat(stored(supplier)).singleElement().satisfies(o -> {
                assertThat(o.dimension()).isEqualTo(Dimension.RESPONSIVENESS);
                assertThat(o.success()).as("the quote 2 h after the offer").isEqualTo(1);
                assertThat(o.at()).isEqualTo(quickQuote.toInstant());
                assertThat(o.subject()).isEqualTo("offer:" + offer);
            });
        }
        String before = card(outOfOrder);
        InboxEvent again = quote(outOfOrder, offer, quickQuote);
        deliver(again);
        deliver(again);
        assertThat(card(outOfOrder)).as("a repeated answer changes nothing, not even the card's date")
                .isEqualTo(before);
    }

    @Test
    void the_history_shows_the_scorecard_as_it_stood_at_the_end_of_each_week() {
        String supplier = "score-test-" + UUID.randomUUID();
        String job = UUID.randomUUID().toString();
        scorecards.observe(new Observation(supplier, Dimension.ON_TIME, 0,
                java.time.Instant.now().minus(java.time.Duration.ofDays(20)), UUID.randomUUID().toString(),
                "buyer-3", "job:" + job));
        String olivia = Tokens.accessToken("olivia@routecard.example");

        var history = given().auth().oauth2(olivia).queryParam("count", 4)
                .get("/api/scorecards/" + supplier + "/history").then().statusCode(200).extract().jsonPath();

        assertThat(history.getList("asOf")).hasSize(4);
        assertThat(history.getDouble("[0].composite")).as("three weeks ago, before the late job: the priors")
                .isCloseTo(0.88, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(history.getDouble("[3].composite")).as("now, after it").isLessThan(0.88);
        assertThat(history.getDouble("[3].onTime")).isLessThan(history.getDouble("[0].onTime"));
        given().auth().oauth2(olivia).queryParam("period", "DAILY").get("/api/scorecards/" + supplier + "/history")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("period"));
        given().auth().oauth2(olivia).queryParam("count", 1).get("/api/scorecards/" + supplier + "/history")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.accessToken("nina@northwind.example")).queryParam("period", "MONTH")
                .get("/api/scorecards/" + supplier + "/history").then().statusCode(200);
        given().auth().oauth2(Tokens.accessToken("alex@acme.example"))
                .get("/api/scorecards/" + supplier + "/history").then().statusCode(404);
        given().auth().oauth2(olivia).get("/api/scorecards/no-such-shop/history").then().statusCode(404);
    }

    @Test
    void a_receipt_is_the_suppliers_quality_as_the_buyer_recorded_it() throws Exception {
        String supplier = "score-test-" + UUID.randomUUID();
        deliver(event("marketplace.receipt.recorded", "buyer-2", """
                {"receiptId": "%s", "supplierTenantId": "%s", "received": 40, "accepted": 30,
                 "recordedAt": "2026-11-20T10:00:00Z"}""".formatted(UUID.randomUUID(), supplier)));
        deliver(event("marketplace.receipt.recorded", "buyer-2", """
                {"receiptId": "%s", "supplierTenantId": "%s", "received": 0, "accepted": 0,
                 "recordedAt": "2026-11-21T10:00:00Z"}""".formatted(UUID.randomUUID(), supplier)));

        assertThat(stored(supplier)).singleElement().satisfies(o -> {
            assertThat(o.dimension()).isEqualTo(Dimension.QUALITY);
            assertThat(o.success()).isEqualTo(0.75);
            assertThat(o.buyerTenantId()).isEqualTo("buyer-2");
        });
    }

    @Test
    void parts_the_buyer_returns_later_are_a_failed_quality_observation_of_their_own() throws Exception {
        String supplier = "score-test-" + UUID.randomUUID();
        String returned = UUID.randomUUID().toString();
        deliver(event("marketplace.receipt.recorded", "buyer-5", """
                {"receiptId": "%s", "supplierTenantId": "%s", "received": 40, "accepted": 40,
                 "recordedAt": "2026-11-20T10:00:00Z"}""".formatted(UUID.randomUUID(), supplier)));
        // The return is the shop's event (job-service opens its NCR in the shop's tenant); the buyer is named in it.
        InboxEvent sentBack = event("marketplace.return.recorded", supplier, """
                {"returnId": "%s", "orderId": "%s", "orderNumber": "O-1", "buyerTenantId": "buyer-5",
                 "supplierTenantId": "%s", "partNumber": "P-1", "quantity": 3, "reason": "cracked",
                 "recordedAt": "2026-11-27T10:00:00Z", "by": "nina"}""".formatted(returned, UUID.randomUUID(),
                supplier));
        deliver(sentBack);
        deliver(sentBack);

        assertThat(stored(supplier)).hasSize(2).anySatisfy(o -> {
            assertThat(o.dimension()).isEqualTo(Dimension.QUALITY);
            assertThat(o.success()).isZero();
            assertThat(o.subject()).isEqualTo("return:" + returned);
            assertThat(o.buyerTenantId()).isEqualTo("buyer-5");
            assertThat(o.at()).isEqualTo(OffsetDateTime.parse("2026-11-27T10:00:00Z").toInstant());
        });
    }

    @Test
    void a_shipment_of_a_job_no_award_names_is_not_scored() throws Exception {
        String shop = "score-test-" + UUID.randomUUID();
        for (boolean complete : new boolean[] {true, false}) {
            InboxEvent shipped = event("job.shipped", shop, """
                    {"jobId": "%s", "complete": %s, "shippedAt": "2026-11-20T10:00:00Z"}"""
                    .formatted(UUID.randomUUID(), complete));
            // As the inbox runs a handler: in the event's tenant.
            assertThat(TenantTransactions.forTenant(shop, () -> follower.observation(shipped))).isEmpty();
        }
    }

    @Test
    void an_award_reported_unacknowledged_is_missed_and_a_later_acknowledgement_does_not_undo_it() throws Exception {
        String supplier = "score-test-" + UUID.randomUUID();
        String award = UUID.randomUUID().toString();
        deliver(event("marketplace.award.unacknowledged", supplier, """
                {"awardId": "%s", "orderNumber": "PO-1", "buyerTenantId": "buyer-4",
                 "awardedAt": "2026-11-20T10:00:00Z", "dueAt": "2026-11-21T10:00:00Z"}""".formatted(award)));
        deliver(event("marketplace.award.acknowledged", supplier, """
                {"awardId": "%s", "orderNumber": "PO-1", "buyerTenantId": "buyer-4", "by": "alex",
                 "awardedAt": "2026-11-20T10:00:00Z", "acknowledgedAt": "2026-11-22T09:00:00Z"}""".formatted(award)));

        assertThat(stored(supplier)).singleElement().satisfies(o -> {
            assertThat(o.dimension()).isEqualTo(Dimension.RESPONSIVENESS);
            assertThat(o.success()).isZero();
            assertThat(o.at()).isEqualTo(OffsetDateTime.parse("2026-11-21T10:00:00Z").toInstant());
            assertThat(o.subject()).isEqualTo("award:" + award);
        });
    }

    @Test
    void a_held_consumer_leaves_its_records_in_kafka_until_it_is_released() {
        String supplier = "score-test-" + UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        TopicWriter.Record quote = new TopicWriter.Record("routecard.marketplace", supplier,
                TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.quote.submitted", supplier, "held", """
                        {"offerId": "%s", "buyerTenantId": "buyer-1", "offeredAt": "%s", "submittedAt": "%s"}"""
                        .formatted(UUID.randomUUID(), at.minusHours(1), at)));
        Map<TopicPartition, Long> published;
        consumers.hold(ScoringFollower.NAME);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> consumers.holding(ScoringFollower.NAME));
            long lagBefore = consumers.lag(ScoringFollower.NAME);
            published = TopicWriter.publishAll(List.of(quote));
            // Held, the lag only grows: once it counts the quote, the consumer has polled past its publication.
            await().atMost(Duration.ofSeconds(30)).until(() -> consumers.lag(ScoringFollower.NAME) > lagBefore);
            assertThat(stored(supplier)).as("a held consumer takes nothing").isEmpty();
        } finally {
            consumers.release(ScoringFollower.NAME);
        }
        assertThat(replay.awaitCommitted(ScoringFollower.NAME, published, Duration.ofMinutes(1))).isTrue();
        assertThat(stored(supplier)).as("released, it scores the quote it left in Kafka").hasSize(1);
        assertThat(consumers.holding(ScoringFollower.NAME)).isFalse();
    }
}
