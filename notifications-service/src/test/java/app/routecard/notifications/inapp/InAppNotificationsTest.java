package app.routecard.notifications.inapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.inbox.InboxProcessor;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The in-app inbox on the real stack: an offer sent to Acme over the real broker becomes one notification for
 * Acme's admins, whatever the redeliveries, read by each person on their own; nobody else sees it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "notifications-service"))
class InAppNotificationsTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String nina = Tokens.accessToken("nina@northwind.example");

    @Inject
    InboxProcessor processor;

    @Inject
    NotificationFollower follower;

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    private static long unread(String token) {
        return given().auth().oauth2(token).get("/api/notifications/unread-count").then().statusCode(200).extract()
                .jsonPath().getLong("unread");
    }

    private static JsonPath mine(String token) {
        return given().auth().oauth2(token).get("/api/notifications?size=200").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void an_offer_to_acme_tells_acmes_admins_once_and_nobody_else() throws Exception {
        String acme = tenantOf(alex);
        given().auth().oauth2(alex).post("/api/notifications/read-all").then().statusCode(200);
        UUID offer = UUID.randomUUID();
        String rfqNumber = "R-T-" + offer.toString().substring(0, 6);
        String event = TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.offer.sent", acme, offer.toString(),
                "{\"offerId\":\"" + offer + "\",\"rfqId\":\"" + UUID.randomUUID() + "\",\"rfqNumber\":\"" + rfqNumber
                        + "\",\"buyerTenantId\":\"" + tenantOf(nina) + "\",\"wave\":1,\"expiresAt\":\""
                        + OffsetDateTime.now().plusDays(2) + "\"}");
        assertThat(EventSchemas.problems(event)).isEmpty();
        TopicWriter.publish("routecard.marketplace", offer.toString(), event);
        TopicWriter.publish("routecard.marketplace", offer.toString(), event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(unread(alex)).isEqualTo(1));
        // The same event handed to the follower again (a replay): still one.
        processor.process(follower, new ConsumerRecord<>("routecard.marketplace", 0, 0L, offer.toString(), event));
        JsonPath list = mine(alex);
        assertThat(list.getList("items.title")).containsOnlyOnce("New offer: RFQ " + rfqNumber);
        assertThat(list.getString("items[0].link")).isEqualTo("/offers/" + offer);
        assertThat(list.getBoolean("items[0].read")).isFalse();
        String id = list.getString("items[0].id");
        // Other tests' events may tell Bea and Nina other things meanwhile: what matters is that this one does not.
        assertThat(mine(bea).getList("items.title")).as("another shop's admin")
                .doesNotContain("New offer: RFQ " + rfqNumber);
        assertThat(mine(nina).getList("items.title")).as("the buyer").doesNotContain("New offer: RFQ " + rfqNumber);
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(Probe.post("/api/notifications/" + id + "/read", null)));
        CrossTenantMatrix.assertHiddenFrom(nina, List.of(Probe.post("/api/notifications/" + id + "/read", null)));
        assertThat(mine(bea).getList("items.id")).doesNotContain(id);

        given().auth().oauth2(alex).post("/api/notifications/" + id + "/read").then().statusCode(200)
                .body("read", org.hamcrest.Matchers.is(true));
        assertThat(unread(alex)).isZero();
        assertThat(mine(alex).getBoolean("items[0].read")).isTrue();
        given().auth().oauth2(alex).post("/api/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        given().auth().oauth2(alex).get("/api/notifications?size=0").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/notifications/unread-count").then().statusCode(401);
    }

    @Test
    void a_quote_tells_the_rfqs_buyer_in_the_buyers_tenant() throws Exception {
        String acme = tenantOf(alex);
        String northwind = tenantOf(nina);
        given().auth().oauth2(nina).post("/api/notifications/read-all").then().statusCode(200);
        UUID rfq = UUID.randomUUID();
        String event = TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.quote.submitted", acme,
                UUID.randomUUID().toString(), "{\"quoteId\":\"" + UUID.randomUUID() + "\",\"offerId\":\""
                        + UUID.randomUUID() + "\",\"rfqId\":\"" + rfq + "\",\"rfqNumber\":\"R-Q\",\"buyerTenantId\":\""
                        + northwind + "\",\"revision\":1,\"lines\":[],\"currency\":\"EUR\",\"validUntil\":\"2026-12-31\","
                        + "\"offeredAt\":\"" + OffsetDateTime.now().minusHours(2) + "\",\"submittedAt\":\""
                        + OffsetDateTime.now() + "\",\"by\":\"alex@acme.example\"}");
        TopicWriter.publish("routecard.marketplace", rfq.toString(), event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(unread(nina)).isEqualTo(1));
        assertThat(mine(nina).getString("items[0].link")).isEqualTo("/rfqs/" + rfq);
        assertThat(given().auth().oauth2(nina).post("/api/notifications/read-all").then().statusCode(200).extract()
                .jsonPath().getInt("marked")).isEqualTo(1);
        assertThat(unread(nina)).isZero();
    }

    @Test
    void a_marketplace_jobs_shipment_tells_the_orders_buyer() throws Exception {
        String acme = tenantOf(alex);
        String northwind = tenantOf(nina);
        given().auth().oauth2(nina).post("/api/notifications/read-all").then().statusCode(200);
        UUID award = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        TopicWriter.publish("routecard.marketplace", award.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "marketplace.award.created", acme, award.toString(), "{\"awardId\":\"" + award
                        + "\",\"orderNumber\":\"O-T-1\",\"buyerTenantId\":\"" + northwind + "\",\"notAwarded\":[]}"));
        TopicWriter.publish("routecard.job", job.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "job.created", acme, job.toString(), "{\"jobId\":\"" + job + "\",\"awardId\":\"" + award + "\"}"));
        // Only the award's buyer is told of the award's shop's job; the shop is told of its award.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mine(alex).getList("items.link"))
                .contains("/awards/" + award));
        TopicWriter.publish("routecard.job", job.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "job.shipped", acme, job.toString(), "{\"jobId\":\"" + job + "\",\"shippedQuantity\":5,"
                        + "\"orderedQuantity\":5,\"carrier\":\"DHL\",\"onTime\":true}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(unread(nina)).isEqualTo(1));
        assertThat(mine(nina).getString("items[0].title")).isEqualTo("Order O-T-1 shipped: 5 of 5");
        assertThat(mine(nina).getString("items[0].link")).isEqualTo("/orders/" + award);
        assertThat(mine(bea).getList("items.link")).doesNotContain("/orders/" + award, "/awards/" + award);
    }
}
