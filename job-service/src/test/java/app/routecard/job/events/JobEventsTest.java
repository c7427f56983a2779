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

    @Test
    void a_jobs_events_validate_against_their_schemas_and_arrive_in_order_keyed_by_the_job() throws Exception {
        String alex = Tokens.accessToken("alex@acme.example");
        String tenantId = Tokens.claims(alex).path("tenant").path("acme").path("id").asText();
        String job = given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("customerName", "Kestrel", "partNumber", "PIN-3", "revision", "A", "quantity", 8,
                        "dueDate", LocalDate.now().plusDays(9).toString()))
                .post("/api/jobs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("steps", List.of(Map.of("name", "Turn"), Map.of("name", "Grind"))))
                .put("/api/jobs/" + job + "/route").then().statusCode(200);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("to", "RELEASED"))
                .post("/api/jobs/" + job + "/stage").then().statusCode(200);
        String step = given().auth().oauth2(alex).get("/api/jobs/" + job + "/route").then().extract()
                .path("steps[0].id");
        given().auth().oauth2(alex).post("/api/jobs/" + job + "/route/" + step + "/start").then().statusCode(200);
        String blocker = given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("category", "MACHINE", "note", "Spindle alarm", "stepId", step))
                .post("/api/jobs/" + job + "/blockers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("note", "Reset"))
                .post("/api/jobs/" + job + "/blockers/" + blocker + "/resolve").then().statusCode(200);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("goodQuantity", 8, "scrapQuantity", 0))
                .post("/api/jobs/" + job + "/route/" + step + "/finish").then().statusCode(200);

        List<String> expected = List.of("job.created", "job.released", "job.step.started", "job.blocked",
                "job.unblocked", "job.step.completed");
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            mine.clear();
            TopicReader.readAll("routecard.job").stream().filter(r -> job.equals(r.key())).forEach(mine::add);
            assertThat(mine).hasSize(expected.size());
        });
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : mine) {
            assertThat(EventSchemas.problems(record.value())).as("schema problems of " + record.value()).isEmpty();
            var event = JSON.readTree(record.value());
            assertThat(event.path("tenantid").asText()).isEqualTo(tenantId);
            assertThat(event.path("subject").asText()).isEqualTo(job);
            types.add(event.path("type").asText());
        }
        assertThat(types).containsExactlyElementsOf(expected);
        assertThat(mine.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
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
