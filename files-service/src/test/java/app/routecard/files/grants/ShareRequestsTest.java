package app.routecard.files.grants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.files.FileFixture;
import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.inbox.DeadLetters;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Grants asked for by event, as the marketplace will share an RFQ's drawings with each routed supplier: no call
 * between services, a redelivered or repeated request grants once, a withdrawal revokes, and a request no grant
 * can satisfy ends as a dead letter while the consumer goes on.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class ShareRequestsTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");
    private String acme;
    private String bluefin;

    @Inject
    DeadLetters deadLetters;

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    @BeforeEach
    void tenants() {
        acme = tenantOf(alex);
        bluefin = tenantOf(bea);
        TenantEventsFixture.named(bluefin, "bluefin", "Bluefin Fabrication");
    }

    private String rfqDrawing(UUID rfq) {
        return FileFixture.upload(alex, "rfq.pdf", FileFixture.pdf(900), Map.of("purpose", "DRAWING",
                "subjectType", "RFQ", "subjectId", rfq)).then().statusCode(201).extract().header("Location")
                .replaceAll(".*/", "");
    }

    private static String event(String type, String tenant, String shareKey, String data) {
        String event = TopicWriter.cloudEvent(UUID.randomUUID(), type, tenant, shareKey, data);
        assertThat(EventSchemas.problems(event)).as("the event as its schema has it").isEmpty();
        return event;
    }

    private List<String> grantedTo(String token) {
        return given().auth().oauth2(token).get("/api/granted-files").then().statusCode(200).extract().jsonPath()
                .getList("file.id");
    }

    @Test
    void a_share_request_redelivered_and_repeated_grants_once_and_its_withdrawal_revokes_it() {
        UUID rfq = UUID.randomUUID();
        String drawing = rfqDrawing(rfq);
        String shareKey = "offer:" + UUID.randomUUID();
        String requested = event("fileshare.requested", acme, shareKey, """
                {"shareKey":"%s","granteeTenantId":"%s","subjectType":"RFQ","subjectId":"%s","expiresAt":"%s",
                 "requestedBy":"marketplace-service","reason":"RFQ routed to Bluefin"}"""
                .formatted(shareKey, bluefin, rfq, OffsetDateTime.now().plusDays(3)));
        for (int delivery = 0; delivery < 3; delivery++) {
            TopicWriter.publish(ShareRequestsFollower.TOPIC, shareKey, requested);
        }
        // The same request again under a new event id (the requester's outbox after a crash): still one grant.
        TopicWriter.publish(ShareRequestsFollower.TOPIC, shareKey, event("fileshare.requested", acme, shareKey,
                requested.replaceAll(".*\"data\":", "").replaceAll("}$", "")));
        await().atMost(Duration.ofSeconds(30)).until(() -> grantedTo(bea).contains(drawing));
        given().auth().oauth2(bea).get("/api/granted-files/" + drawing).then().statusCode(200);
        given().auth().oauth2(cole).get("/api/granted-files/" + drawing).then().statusCode(404);
        List<Map<String, Object>> grants = given().auth().oauth2(alex).queryParam("subjectType", "RFQ")
                .queryParam("subjectId", rfq).get("/api/grants").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0)).containsEntry("createdBy", "marketplace-service").containsEntry("active", true);

        TopicWriter.publish(ShareRequestsFollower.TOPIC, shareKey, event("fileshare.withdrawn", acme, shareKey, """
                {"shareKey":"%s","withdrawnBy":"marketplace-service","reason":"RFQ cancelled"}"""
                .formatted(shareKey)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !grantedTo(bea).contains(drawing));
        given().auth().oauth2(bea).get("/api/granted-files/" + drawing).then().statusCode(404);
        given().auth().oauth2(alex).queryParam("subjectType", "RFQ").queryParam("subjectId", rfq)
                .get("/api/grants").then().statusCode(200)
                .body("items[0].active", org.hamcrest.Matchers.is(false))
                .body("items[0].revokedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void a_request_no_grant_can_satisfy_is_a_dead_letter_and_the_next_request_is_granted() {
        UUID rfq = UUID.randomUUID();
        String drawing = rfqDrawing(rfq);
        String selfShare = "offer:" + UUID.randomUUID();
        TopicWriter.publish(ShareRequestsFollower.TOPIC, selfShare, event("fileshare.requested", acme, selfShare, """
                {"shareKey":"%s","granteeTenantId":"%s","subjectType":"RFQ","subjectId":"%s","expiresAt":"%s",
                 "requestedBy":"marketplace-service"}""".formatted(selfShare, acme, rfq,
                OffsetDateTime.now().plusDays(3))));
        String shareKey = "offer:" + UUID.randomUUID();
        TopicWriter.publish(ShareRequestsFollower.TOPIC, shareKey, event("fileshare.requested", acme, shareKey, """
                {"shareKey":"%s","granteeTenantId":"%s","fileId":"%s","expiresAt":"%s",
                 "requestedBy":"marketplace-service"}""".formatted(shareKey, bluefin, drawing,
                OffsetDateTime.now().plusDays(3))));
        await().atMost(Duration.ofSeconds(30)).until(() -> grantedTo(bea).contains(drawing));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.list(true, 100).stream()
                .anyMatch(letter -> ShareRequestsFollower.NAME.equals(letter.consumer())
                        && letter.error().contains("granteeTenantId is your own organization")));
    }
}
