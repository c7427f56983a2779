package app.routecard.tenant.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.outbox.OutboxEvent;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TestStack;
import app.routecard.platform.testing.TopicReader;
import app.routecard.platform.events.EventSchemas;
import app.routecard.tenant.TestTenants;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "tenant-service"))
class TenantEventsTest {

    private static final String TOPIC = "routecard.tenant";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onboarding_and_suspension_are_published_as_cloud_events_keyed_by_tenant() throws Exception {
        String id = TestTenants.onboard("SHOP", "Evented Shop");
        given().auth().oauth2(TestTenants.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Audit")).post("/api/tenants/" + id + "/suspend").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            records.clear();
            records.addAll(readWholeTopic());
            assertThat(records).filteredOn(r -> id.equals(r.key())).hasSize(2);
        });
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (id.equals(record.key())) {
                events.add(JSON.readTree(record.value()));
            }
        }
        assertThat(events).extracting(e -> e.path("type").asText())
                .containsExactly("tenant.created", "tenant.suspended");
        for (ConsumerRecord<String, String> record : records) {
            if (id.equals(record.key())) {
                assertThat(EventSchemas.problems(record.value())).as("schema problems").isEmpty();
            }
        }
        for (JsonNode event : events) {
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("source").asText()).isEqualTo("tenant-service");
            assertThat(event.path("subject").asText()).isEqualTo(id);
            assertThat(event.path("tenantid").asText()).isEqualTo(id);
            assertThat(UUID.fromString(event.path("id").asText())).isNotNull();
            assertThat(event.path("data").path("id").asText()).isEqualTo(id);
        }
        assertThat(events.get(1).path("data").path("suspensionReason").asText()).isEqualTo("Audit");
        assertThat(events.get(0).path("data").path("timeZone").asText())
                .as("other services judge the tenant's dates in its zone").isEqualTo("UTC");
    }

    @Test
    void with_kafka_down_onboarding_succeeds_and_the_events_arrive_exactly_once_when_it_returns() throws Exception {
        TestStack.stop("kafka");
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(TestTenants.onboard("BUYER", "Offline Buyer " + i));
            }
            long pending = TenantTransactions.allTenants("test reads the outbox",
                    () -> OutboxEvent.count("publishedAt is null and tenantId in ?1", ids));
            assertThat(pending).isEqualTo(3);
        } finally {
            TestStack.restart();
        }
        List<String> eventIds = TenantTransactions.allTenants("test reads the outbox",
                () -> OutboxEvent.<OutboxEvent>list("tenantId in ?1", ids).stream()
                        .map(event -> event.eventId.toString()).toList());

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(TenantTransactions.allTenants(
                "test reads the outbox", () -> OutboxEvent.count("publishedAt is null and tenantId in ?1", ids)))
                .isZero());
        Map<String, Long> seen = readWholeTopic().stream()
                .map(record -> eventId(record.value()))
                .filter(eventIds::contains)
                .collect(Collectors.groupingBy(eventId -> eventId, Collectors.counting()));
        assertThat(seen).hasSize(3).allSatisfy((eventId, count) -> assertThat(count).isEqualTo(1L));
    }

    private static String eventId(String value) {
        try {
            return JSON.readTree(value).path("id").asText();
        } catch (Exception e) {
            return "";
        }
    }

    private static List<ConsumerRecord<String, String>> readWholeTopic() {
        return TopicReader.readAll(TOPIC);
    }
}
