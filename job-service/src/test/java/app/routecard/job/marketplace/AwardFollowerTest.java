package app.routecard.job.marketplace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.inbox.InboxProcessor;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A marketplace award becomes the winning shop's job, on the real stack: once, whatever the redeliveries (the
 * same event again, or another event for the same award), in the shop's tenant only, and its job.created names
 * the award so the buyer's order can follow the job.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class AwardFollowerTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");

    @Inject
    InboxProcessor processor;

    @Inject
    AwardFollower follower;

    @Inject
    CustomerReturnFollower returns;

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    private static String awardCreated(UUID award, UUID rfq, String part) {
        return "{\"awardId\":\"" + award + "\",\"orderNumber\":\"O-2026-0042\",\"rfqId\":\"" + rfq
                + "\",\"rfqNumber\":\"R-2026-0007\",\"rfqTitle\":\"Robot arm brackets\",\"quoteId\":\""
                + UUID.randomUUID() + "\",\"buyerTenantId\":\"" + UUID.randomUUID() + "\",\"buyerName\":\"Northwind"
                + " Robotics\",\"lineId\":\"" + UUID.randomUUID() + "\",\"partNumber\":\"" + part
                + "\",\"revision\":\"C\",\"quantity\":250,\"unitPrice\":12.5,\"currency\":\"EUR\","
                + "\"promisedShipDate\":\"" + LocalDate.now().plusDays(20) + "\",\"notAwarded\":[],"
                + "\"awardedAt\":\"" + OffsetDateTime.now() + "\",\"by\":\"nina@northwind.example\"}";
    }

    private List<java.util.Map<String, Object>> jobsFor(String token, String part) {
        return given().auth().oauth2(token).queryParam("q", part).get("/api/jobs").then().statusCode(200).extract()
                .jsonPath().getList("items");
    }

    @Test
    void an_award_becomes_one_job_in_the_winning_shop_whatever_the_redeliveries() throws Exception {
        String acme = tenantOf(alex);
        UUID award = UUID.randomUUID();
        UUID rfq = UUID.randomUUID();
        String part = "MKT-" + award.toString().substring(0, 8);
        String event = TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.award.created", acme,
                award.toString(), awardCreated(award, rfq, part));
        assertThat(EventSchemas.problems(event)).isEmpty();
        for (int delivery = 0; delivery < 2; delivery++) {
            TopicWriter.publish("routecard.marketplace", award.toString(), event);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jobsFor(alex, part)).hasSize(1));
        java.util.Map<String, Object> job = jobsFor(alex, part).get(0);
        assertThat(job).containsEntry("customerName", "Northwind Robotics").containsEntry("quantity", 250)
                .containsEntry("dueDate", LocalDate.now().plusDays(20).toString())
                .containsEntry("marketplaceAwardId", award.toString()).containsEntry("marketplaceRfqId", rfq.toString());
        assertThat((String) job.get("specialInstructions")).contains("O-2026-0042");

        // Another event for the same award (a replay from the topic's start has new inbox keys only if the
        // producer re-sent it): still one job.
        String again = TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.award.created", acme,
                award.toString(), awardCreated(award, rfq, part));
        assertThat(processor.process(follower, new ConsumerRecord<>("routecard.marketplace", 0, 0L,
                award.toString(), again))).isEqualTo(InboxProcessor.Outcome.APPLIED);
        assertThat(jobsFor(alex, part)).hasSize(1);
        assertThat(jobsFor(bea, part)).as("another shop never sees the job").isEmpty();

        String jobId = (String) job.get("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var created = TopicReader.readAll("routecard.job").stream()
                    .filter(r -> r.value().contains("\"job.created\"") && r.value().contains(jobId)).toList();
            assertThat(created).hasSize(1);
            assertThat(created.get(0).value()).contains("\"awardId\":\"" + award + "\"");
            assertThat(EventSchemas.problems(created.get(0).value())).isEmpty();
        });
    }

    @Test
    void parts_the_buyer_sends_back_open_one_ncr_on_the_job_whatever_the_redeliveries() throws Exception {
        String acme = tenantOf(alex);
        UUID award = UUID.randomUUID();
        String part = "RET-" + award.toString().substring(0, 8);
        TopicWriter.publish("routecard.marketplace", award.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "marketplace.award.created", acme, award.toString(), awardCreated(award, UUID.randomUUID(), part)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jobsFor(alex, part)).hasSize(1));
        String jobId = (String) jobsFor(alex, part).get(0).get("id");

        UUID returned = UUID.randomUUID();
        String data = "{\"returnId\":\"" + returned + "\",\"orderId\":\"" + award + "\",\"orderNumber\":\"O-2026-0042\","
                + "\"buyerTenantId\":\"" + UUID.randomUUID() + "\",\"supplierTenantId\":\"" + acme + "\",\"partNumber\":\""
                + part + "\",\"quantity\":3,\"reason\":\"cracked at the flange\",\"recordedAt\":\""
                + OffsetDateTime.now() + "\",\"by\":\"nina@northwind.example\"}";
        String event = TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.return.recorded", acme,
                returned.toString(), data);
        assertThat(EventSchemas.problems(event)).isEmpty();
        for (int delivery = 0; delivery < 2; delivery++) {
            TopicWriter.publish("routecard.marketplace", award.toString(), event);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(alex)
                .get("/api/jobs/" + jobId + "/ncrs").then().statusCode(200).extract().jsonPath()
                .getList("items")).hasSize(1));
        // The same return in another event (a producer's retry): still one NCR.
        assertThat(processor.process(returns, new ConsumerRecord<>("routecard.marketplace", 0, 0L,
                award.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.return.recorded", acme,
                        returned.toString(), data)))).isEqualTo(InboxProcessor.Outcome.APPLIED);
        var ncrs = given().auth().oauth2(alex).get("/api/jobs/" + jobId + "/ncrs").then().statusCode(200).extract()
                .jsonPath();
        assertThat(ncrs.getList("items")).hasSize(1);
        assertThat(ncrs.getString("items[0].origin")).isEqualTo("CUSTOMER_RETURN");
        assertThat(ncrs.getString("items[0].customerReturnId")).isEqualTo(returned.toString());
        assertThat(ncrs.getString("items[0].inspectionId")).isNull();
        assertThat(ncrs.getInt("items[0].quantity")).isEqualTo(3);
        assertThat(ncrs.getString("items[0].description")).contains("O-2026-0042").contains("cracked at the flange");
        assertThat(ncrs.getBoolean("items[0].open")).as("the shop decides its disposition").isTrue();
        given().auth().oauth2(bea).get("/api/jobs/" + jobId + "/ncrs").then().statusCode(404);
        // The shop dispositions it like any NCR.
        given().auth().oauth2(alex).contentType("application/json").body("{\"disposition\":\"REWORK\"}")
                .post("/api/jobs/" + jobId + "/ncrs/" + ncrs.getString("items[0].id") + "/disposition").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var opened = TopicReader.readAll("routecard.job").stream()
                    .filter(r -> r.value().contains("\"job.ncr.opened\"") && r.value().contains(jobId)).toList();
            assertThat(opened).hasSize(1);
            assertThat(opened.get(0).value()).contains("\"origin\":\"CUSTOMER_RETURN\"");
            assertThat(EventSchemas.problems(opened.get(0).value())).isEmpty();
        });
    }
}
