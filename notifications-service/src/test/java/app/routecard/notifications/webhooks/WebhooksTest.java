package app.routecard.notifications.webhooks;

import app.routecard.notifications.rules.DeliveryRetryPolicy;
import app.routecard.notifications.clock.MovableClock;
import app.routecard.notifications.clock.NotificationClock;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import app.routecard.notifications.inapp.NotificationFollower;
import app.routecard.platform.inbox.InboxProcessor;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ReplicaRace;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks on the real stack: events from the real broker become signed messages to a receiver on this machine,
 * retried on webhook time the test moves, dead-lettered, replayed, and never made twice; another tenant sees none
 * of it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "notifications-service"))
class WebhooksTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String nina = Tokens.accessToken("nina@northwind.example");

    @Inject
    WebhookSender sender;

    @Inject
    InboxProcessor processor;

    @Inject
    NotificationFollower follower;

    private MovableClock clock;
    private WebhookReceiver receiver;
    private final List<String[]> created = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        clock = new MovableClock(Instant.now());
        QuarkusMock.installMockForType(clock, NotificationClock.class);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void removeEndpoints() {
        receiver.close();
        for (String[] tokenAndId : created) {
            given().auth().oauth2(tokenAndId[0]).delete("/api/webhooks/endpoints/" + tokenAndId[1]);
        }
    }

    private JsonPath createEndpoint(String token, String url, List<String> types) {
        JsonPath endpoint = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", url, "description", "ERP", "eventTypes", types))
                .post("/api/webhooks/endpoints").then().statusCode(201).extract().jsonPath();
        created.add(new String[] {token, endpoint.getString("id")});
        return endpoint;
    }

    private static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    private static JsonPath log(String token, String endpoint) {
        return given().auth().oauth2(token).get("/api/webhooks/endpoints/" + endpoint + "/deliveries?size=50")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath delivery(String token, String id) {
        return given().auth().oauth2(token).get("/api/webhooks/deliveries/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    /**
     * Until the message has had this many attempts: moves webhook time to its next attempt and lets the sender send
     * what is due (the scheduled sender may be the one that sends it; only one of them can take it). Time is moved
     * only while attempts are missing, so it never runs past the one awaited.
     */
    private void awaitAttempts(String token, String deliveryId, int attempts) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath message = delivery(token, deliveryId);
            if (message.getInt("attempts") < attempts) {
                String next = message.getString("nextAttemptAt");
                if (next != null) {
                    clock.moveTo(Instant.parse(next));
                }
                sender.sendDue();
            }
            assertThat(delivery(token, deliveryId).getInt("attempts")).isEqualTo(attempts);
        });
    }

    @Test
    void a_receiver_failing_three_times_gets_the_event_on_the_fourth_attempt_after_growing_delays() throws Exception {
        String acme = tenantOf(alex);
        JsonPath endpoint = createEndpoint(alex, receiver.url("/erp"), List.of("marketplace.offer.sent"));
        String endpointId = endpoint.getString("id");
        receiver.secrets(endpoint.getString("secret"));
        receiver.answer(500, 500, 500);
        UUID offer = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = TopicWriter.cloudEvent(eventId, "marketplace.offer.sent", acme, offer.toString(),
                "{\"offerId\":\"" + offer + "\",\"rfqId\":\"" + UUID.randomUUID() + "\",\"rfqNumber\":\"R-W-1\","
                        + "\"buyerTenantId\":\"" + tenantOf(nina) + "\",\"wave\":1,\"expiresAt\":\""
                        + OffsetDateTime.now().plusDays(2) + "\"}");
        TopicWriter.publish("routecard.marketplace", offer.toString(), event);
        TopicWriter.publish("routecard.marketplace", offer.toString(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> log(alex, endpointId).getInt("total") == 1);
        String deliveryId = log(alex, endpointId).getString("items[0].id");
        for (int attempts = 1; attempts <= 4; attempts++) {
            awaitAttempts(alex, deliveryId, attempts);
        }
        // A replay of the event (the inbox would drop it; the follower is handed it directly) makes no second message.
        processor.process(follower, new ConsumerRecord<>("routecard.marketplace", 0, 0L, offer.toString(), event));
        sender.sendDue();

        JsonPath message = delivery(alex, deliveryId);
        assertThat(message.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(message.getString("messageId")).isEqualTo("msg_" + eventId.toString().replace("-", ""));
        assertThat(message.getList("log.statusCode", Integer.class)).containsExactly(500, 500, 500, 200);
        assertThat(message.getList("log.outcome")).containsExactly("RETRYING", "RETRYING", "RETRYING", "SUCCEEDED");
        List<Instant> started = message.getList("log.startedAt", String.class).stream().map(Instant::parse).toList();
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < started.size(); i++) {
            gaps.add(Duration.between(started.get(i - 1), started.get(i)));
        }
        assertThat(gaps).hasSize(3).isSortedAccordingTo(Duration::compareTo);
        assertThat(gaps.get(0)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(7));
        assertThat(gaps.get(2)).isGreaterThan(gaps.get(0).multipliedBy(4));
        assertThat(log(alex, endpointId).getInt("total")).isEqualTo(1);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(4).allSatisfy(request -> {
            assertThat(request.verifiedBy()).containsExactly(true);
            assertThat(request.id()).isEqualTo(message.getString("messageId"));
            assertThat(request.body()).isEqualTo(received.get(0).body());
        });
        JsonPath body = new JsonPath(received.get(0).body());
        assertThat(body.getString("type")).isEqualTo("marketplace.offer.sent");
        assertThat(body.getString("data.title")).isEqualTo("New offer: RFQ R-W-1");
        assertThat(body.getString("data.url")).endsWith("/offers/" + offer);
        assertThat(body.getString("data.event.offerId")).isEqualTo(offer.toString());

        // Nobody else sees the endpoint, its log or its message.
        for (String stranger : List.of(bea, nina)) {
            CrossTenantMatrix.assertHiddenFrom(stranger, List.of(
                    Probe.get("/api/webhooks/endpoints/" + endpointId),
                    Probe.put("/api/webhooks/endpoints/" + endpointId, "{\"url\":\"https://example.com/x\"}"),
                    Probe.delete("/api/webhooks/endpoints/" + endpointId),
                    Probe.post("/api/webhooks/endpoints/" + endpointId + "/rotate-secret", null),
                    Probe.post("/api/webhooks/endpoints/" + endpointId + "/test", null),
                    Probe.get("/api/webhooks/endpoints/" + endpointId + "/deliveries"),
                    Probe.get("/api/webhooks/deliveries/" + deliveryId),
                    Probe.post("/api/webhooks/deliveries/" + deliveryId + "/replay", null)));
            given().auth().oauth2(stranger).get("/api/webhooks/endpoints").then().statusCode(200)
                    .body("id", org.hamcrest.Matchers.not(hasItem(endpointId)));
        }
    }

    @Test
    void two_replicas_sending_at_the_same_moment_deliver_each_message_once() {
        String acme = tenantOf(alex);
        JsonPath endpoint = createEndpoint(alex, receiver.url("/race"), List.of("marketplace.offer.sent"));
        String endpointId = endpoint.getString("id");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID offer = UUID.randomUUID();
            UUID eventId = UUID.randomUUID();
            ids.add("msg_" + eventId.toString().replace("-", ""));
            TopicWriter.publish("routecard.marketplace", offer.toString(), TopicWriter.cloudEvent(eventId,
                    "marketplace.offer.sent", acme, offer.toString(), "{\"offerId\":\"" + offer + "\",\"rfqId\":\""
                            + UUID.randomUUID() + "\",\"rfqNumber\":\"R-RACE-" + i + "\",\"buyerTenantId\":\""
                            + tenantOf(nina) + "\",\"wave\":1,\"expiresAt\":\"" + OffsetDateTime.now().plusDays(2)
                            + "\"}"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> log(alex, endpointId).getInt("total") == 8);

        ReplicaRace.run(2, sender::sendDue);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sender.sendDue();
            return log(alex, endpointId).getList("items.status").stream().allMatch("SUCCEEDED"::equals);
        });

        assertThat(receiver.received()).extracting(WebhookReceiver.Received::id)
                .as("one request per message, whichever replica sent it").containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void an_endpoint_that_always_fails_ends_dead_lettered_and_a_replay_delivers_it_once() {
        JsonPath endpoint = createEndpoint(alex, receiver.url("/down"), List.of());
        String endpointId = endpoint.getString("id");
        receiver.secrets(endpoint.getString("secret"));
        receiver.otherwise(503);
        String deliveryId = given().auth().oauth2(alex).post("/api/webhooks/endpoints/" + endpointId + "/test")
                .then().statusCode(202).body("eventType", is("webhook.test")).extract().path("id");
        Instant first = clock.now();
        awaitAttempts(alex, deliveryId, DeliveryRetryPolicy.MAX_ATTEMPTS);

        JsonPath dead = delivery(alex, deliveryId);
        assertThat(dead.getString("status")).isEqualTo("DEAD");
        assertThat(dead.getString("nextAttemptAt")).isNull();
        assertThat(dead.getList("log.outcome")).endsWith("DEAD").hasSize(DeliveryRetryPolicy.MAX_ATTEMPTS);
        assertThat(Duration.between(first, clock.now())).isBetween(Duration.ofHours(16), Duration.ofHours(40));
        assertThat(given().auth().oauth2(alex).get("/api/webhooks/endpoints/" + endpointId).then().statusCode(200)
                .extract().path("failingSince").toString()).isNotBlank();
        sender.sendDue();
        assertThat(receiver.received()).hasSize(DeliveryRetryPolicy.MAX_ATTEMPTS);

        receiver.otherwise(204);
        given().auth().oauth2(alex).post("/api/webhooks/deliveries/" + deliveryId + "/replay").then().statusCode(202)
                .body("status", is("PENDING"));
        given().auth().oauth2(alex).post("/api/webhooks/deliveries/" + deliveryId + "/replay").then().statusCode(409)
                .contentType("application/problem+json");
        awaitAttempts(alex, deliveryId, DeliveryRetryPolicy.MAX_ATTEMPTS + 1);
        clock.move(Duration.ofHours(1));
        sender.sendDue();
        assertThat(delivery(alex, deliveryId).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(receiver.received()).hasSize(DeliveryRetryPolicy.MAX_ATTEMPTS + 1)
                .allSatisfy(request -> assertThat(request.verifiedBy()).containsExactly(true));
        assertThat(receiver.received().stream().filter(request -> request.answered() == 204)).hasSize(1);
        assertThat(given().auth().oauth2(alex).get("/api/webhooks/endpoints/" + endpointId).then().statusCode(200)
                .extract().jsonPath().getString("failingSince")).isNull();
    }

    @Test
    void an_endpoint_failing_for_days_is_switched_off_and_its_admins_are_told() {
        JsonPath endpoint = createEndpoint(bea, receiver.url("/gone"), List.of());
        String endpointId = endpoint.getString("id");
        receiver.otherwise(500);
        String firstMessage = given().auth().oauth2(bea).post("/api/webhooks/endpoints/" + endpointId + "/test")
                .then().statusCode(202).extract().path("id");
        awaitAttempts(bea, firstMessage, 1);
        clock.move(Duration.ofDays(6));
        String later = given().auth().oauth2(bea).post("/api/webhooks/endpoints/" + endpointId + "/test")
                .then().statusCode(202).extract().path("id");
        awaitAttempts(bea, later, 1);

        JsonPath off = given().auth().oauth2(bea).get("/api/webhooks/endpoints/" + endpointId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(off.getBoolean("enabled")).isFalse();
        assertThat(off.getString("disabledReason")).startsWith("Switched off: no success since");
        JsonPath notices = given().auth().oauth2(bea).get("/api/notifications?size=20").then().statusCode(200)
                .extract().jsonPath();
        assertThat(notices.getList("items.link")).contains("/organization/webhooks/" + endpointId);
        assertThat(given().auth().oauth2(alex).get("/api/notifications?size=50").then().statusCode(200).extract()
                .jsonPath().getList("items.link")).doesNotContain("/organization/webhooks/" + endpointId);

        // Switched on again, it starts afresh.
        given().auth().oauth2(bea).contentType("application/json")
                .body(Map.of("url", receiver.url("/gone"), "eventTypes", List.of(), "enabled", true))
                .put("/api/webhooks/endpoints/" + endpointId).then().statusCode(200)
                .body("enabled", is(true)).body("disabledReason", org.hamcrest.Matchers.nullValue())
                .body("failingSince", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_overlap_ends() {
        JsonPath endpoint = createEndpoint(alex, receiver.url("/rotating"), List.of());
        String endpointId = endpoint.getString("id");
        String oldSecret = endpoint.getString("secret");
        JsonPath rotated = given().auth().oauth2(alex).post("/api/webhooks/endpoints/" + endpointId + "/rotate-secret")
                .then().statusCode(200).extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(Instant.parse(rotated.getString("previousSecretUntil")))
                .isEqualTo(clock.now().plus(Duration.ofDays(1)));
        receiver.secrets(oldSecret, newSecret);

        String during = given().auth().oauth2(alex).post("/api/webhooks/endpoints/" + endpointId + "/test")
                .then().statusCode(202).extract().path("id");
        awaitAttempts(alex, during, 1);
        clock.move(Duration.ofHours(25));
        String after = given().auth().oauth2(alex).post("/api/webhooks/endpoints/" + endpointId + "/test")
                .then().statusCode(202).extract().path("id");
        awaitAttempts(alex, after, 1);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).verifiedBy()).containsExactly(true, true);
        assertThat(received.get(0).signature().split(" ")).hasSize(2);
        assertThat(received.get(1).verifiedBy()).containsExactly(false, true);
        assertThat(received.get(1).signature().split(" ")).hasSize(1);
    }

    @Test
    void bad_endpoints_are_refused_naming_the_field_and_only_tenant_admins_keep_them() {
        given().auth().oauth2(alex).contentType("application/json")
                .body(Map.of("url", "ftp://files.example.com/hook")).post("/api/webhooks/endpoints").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("url"));
        given().auth().oauth2(alex).contentType("application/json").body(Map.of("description", "no url"))
                .post("/api/webhooks/endpoints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("url")));
        given().auth().oauth2(alex).contentType("application/json")
                .body(Map.of("url", receiver.url("/x"), "eventTypes", List.of("job.everything")))
                .post("/api/webhooks/endpoints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("eventTypes"));
        given().auth().oauth2(alex).contentType("application/json").body("{\"url\": 42, ")
                .post("/api/webhooks/endpoints").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(alex).get("/api/webhooks/endpoints/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken("sam@acme.example")).get("/api/webhooks/endpoints").then()
                .statusCode(403);
        given().get("/api/webhooks/endpoints").then().statusCode(401);
        assertThat(given().auth().oauth2(alex).get("/api/webhooks/event-types").then().statusCode(200).extract()
                .jsonPath().getList("types")).contains("marketplace.offer.sent", "job.shipped");
    }
}
