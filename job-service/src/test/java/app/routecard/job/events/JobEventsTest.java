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
}
