package app.routecard.job.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class JobEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> EVERY_JOB_EVENT_TYPE = List.of("job.created", "job.released",
            "job.step.started", "job.step.completed", "job.blocked", "job.unblocked", "job.inspection.recorded",
            "job.ncr.opened", "job.shipped", "job.delivered", "job.closed", "job.cancelled", "job.actuals.reported");

    private static io.restassured.response.ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void a_jobs_whole_life_emits_every_event_type_each_valid_against_its_schema_in_order_keyed_by_the_job()
            throws Exception {
        String alex = Tokens.accessToken("alex@acme.example");
        String tenantId = Tokens.claims(alex).path("tenant").path("acme").path("id").asText();
        String job = post(alex, "/api/erp/production-orders", Map.of("erpOrderId", "EV-" + java.util.UUID.randomUUID(),
                "customerName", "Kestrel", "partNumber", "PIN-3", "revision", "A", "quantity", 8,
                "dueDate", LocalDate.now().plusDays(9).toString(), "release", true,
                "route", List.of(Map.of("name", "Turn", "plannedHours", 1))))
                .statusCode(201).extract().path("job.id");
        String path = "/api/jobs/" + job;
        post(alex, path + "/route/scan", Map.of()).statusCode(200);
        String step = given().auth().oauth2(alex).get(path + "/route").then().extract().path("steps[0].id");
        String blocker = post(alex, path + "/blockers", Map.of("category", "MACHINE", "note", "Spindle alarm",
                "stepId", step)).statusCode(201).extract().path("id");
        post(alex, path + "/blockers/" + blocker + "/resolve", Map.of("note", "Reset")).statusCode(200);
        post(alex, path + "/route/scan", Map.of()).statusCode(200).body("jobStage", org.hamcrest.Matchers.is("INSPECTION"));
        String inspection = post(alex, path + "/inspections", Map.of("kind", "FINAL", "characteristic", "Length",
                "nominal", 40, "toleranceMinus", 0.1, "tolerancePlus", 0.1, "measured", List.of(40.3)))
                .statusCode(201).extract().path("id");
        post(alex, path + "/ncrs", Map.of("inspectionId", inspection, "description", "0.3 long", "quantity", 8,
                "disposition", "USE_AS_IS", "dispositionNote", "Customer deviation D-4")).statusCode(201);
        post(alex, path + "/stage", Map.of("to", "READY_TO_SHIP")).statusCode(200);
        String shipment = post(alex, path + "/shipments", Map.of("quantity", 8, "carrier", "DHL",
                "trackingNumber", "JD0001")).statusCode(201).extract().path("id");
        post(alex, path + "/shipments/" + shipment + "/delivered", Map.of()).statusCode(200);
        post(alex, path + "/stage", Map.of("to", "CLOSED")).statusCode(200);
        String cancelled = post(alex, "/api/jobs", Map.of("customerName", "Kestrel", "partNumber", "PIN-4",
                "revision", "A", "quantity", 1, "dueDate", LocalDate.now().plusDays(9).toString()))
                .statusCode(201).extract().path("id");
        post(alex, "/api/jobs/" + cancelled + "/stage", Map.of("to", "CANCELLED", "reason", "Customer withdrew"))
                .statusCode(200);

        List<String> expected = List.of("job.created", "job.released", "job.step.started", "job.blocked",
                "job.unblocked", "job.step.completed", "job.actuals.reported", "job.inspection.recorded",
                "job.ncr.opened", "job.shipped", "job.delivered", "job.closed");
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            mine.clear();
            TopicReader.readAll("routecard.job").stream()
                    .filter(r -> job.equals(r.key()) || cancelled.equals(r.key())).forEach(mine::add);
            assertThat(mine).hasSize(expected.size() + 2);
        });
        List<String> types = new ArrayList<>();
        java.util.Set<String> allTypes = new java.util.HashSet<>();
        for (ConsumerRecord<String, String> record : mine) {
            assertThat(EventSchemas.problems(record.value())).as("schema problems of " + record.value()).isEmpty();
            var event = JSON.readTree(record.value());
            assertThat(event.path("tenantid").asText()).isEqualTo(tenantId);
            assertThat(event.path("subject").asText()).isEqualTo(record.key());
            allTypes.add(event.path("type").asText());
            if (job.equals(record.key())) {
                types.add(event.path("type").asText());
            }
        }
        assertThat(types).containsExactlyElementsOf(expected);
        assertThat(allTypes).containsExactlyInAnyOrderElementsOf(EVERY_JOB_EVENT_TYPE);
        assertThat(mine.stream().filter(r -> job.equals(r.key())).map(ConsumerRecord::partition).distinct())
                .hasSize(1);
        var shipped = mine.stream().map(r -> r.value()).filter(v -> v.contains("\"job.shipped\"")).findFirst()
                .map(v -> {
                    try {
                        return JSON.readTree(v).path("data");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).orElseThrow();
        assertThat(shipped.path("onTime").asBoolean()).isTrue();
        assertThat(shipped.path("complete").asBoolean()).isTrue();
    }

    @Test
    void with_kafka_down_200_job_updates_succeed_and_exactly_200_events_arrive_in_per_job_order() throws Exception {
        String alex = Tokens.accessToken("alex@acme.example");
        List<String> jobs = new ArrayList<>();
        app.routecard.platform.testing.TestStack.stop("kafka");
        try {
            for (int j = 0; j < 5; j++) {
                String job = given().auth().oauth2(alex).contentType(ContentType.JSON)
                        .body(Map.of("customerName", "Outage " + j, "partNumber", "OUT-" + j, "revision", "A",
                                "quantity", 1, "dueDate", LocalDate.now().plusDays(3).toString()))
                        .post("/api/jobs").then().statusCode(201).extract().path("id");
                jobs.add(job);
                String open = null;
                for (int update = 0; update < 39; update++) {
                    if (open == null) {
                        open = given().auth().oauth2(alex).contentType(ContentType.JSON)
                                .body(Map.of("category", "OTHER", "note", "outage " + update))
                                .post("/api/jobs/" + job + "/blockers").then().statusCode(201).extract().path("id");
                    } else {
                        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("note", "ok " + update))
                                .post("/api/jobs/" + job + "/blockers/" + open + "/resolve").then().statusCode(200);
                        open = null;
                    }
                }
            }
        } finally {
            app.routecard.platform.testing.TestStack.restart();
        }
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            mine.clear();
            TopicReader.readAll("routecard.job").stream().filter(r -> jobs.contains(r.key())).forEach(mine::add);
            assertThat(mine).hasSizeGreaterThanOrEqualTo(200);
        });
        List<String> ids = new ArrayList<>();
        java.util.Map<String, List<String>> typesByJob = new java.util.HashMap<>();
        for (ConsumerRecord<String, String> record : mine) {
            var event = JSON.readTree(record.value());
            ids.add(event.path("id").asText());
            typesByJob.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.path("type").asText());
        }
        assertThat(ids).hasSize(200).doesNotHaveDuplicates();
        for (String job : jobs) {
            List<String> types = typesByJob.get(job);
            assertThat(types).hasSize(40);
            assertThat(types.get(0)).isEqualTo("job.created");
            for (int i = 1; i < types.size(); i++) {
                assertThat(types.get(i)).isEqualTo(i % 2 == 1 ? "job.blocked" : "job.unblocked");
            }
        }
    }
}
