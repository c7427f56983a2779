package app.routecard.files.release;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.files.FileFixture;
import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TopicReader;
import app.routecard.platform.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class FileEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String alex = Tokens.accessToken("alex@acme.example");

    private static String type(String event) {
        try {
            return JSON.readTree(event).path("type").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void uploads_releases_and_supersessions_go_out_in_order_on_one_key_each_valid_against_its_schema() {
        UUID job = UUID.randomUUID();
        String file = FileFixture.upload(alex, "bracket.pdf", FileFixture.pdf(900), Map.of("purpose", "DRAWING"))
                .then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
        FileFixture.multipart(alex, "bracket-b.pdf", FileFixture.pdf(950)).post("/api/files/" + file + "/revisions")
                .then().statusCode(201);
        for (int revision : new int[]{1, 2}) {
            given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("jobId", job))
                    .post("/api/files/" + file + "/revisions/" + revision + "/release").then().statusCode(200);
        }
        List<String> expected = List.of("file.uploaded", "file.uploaded", "file.released", "file.superseded",
                "file.released");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> mine = TopicReader.readAll("routecard.file").stream()
                    .filter(record -> file.equals(record.key())).toList();
            assertThat(mine.stream().map(record -> type(record.value())))
                    .containsExactlyElementsOf(expected);
            for (ConsumerRecord<String, String> record : mine) {
                assertThat(EventSchemas.problems(record.value())).as(record.value()).isEmpty();
            }
            JsonNode superseded = JSON.readTree(mine.get(3).value()).path("data");
            assertThat(superseded.path("revision").asText()).isEqualTo("A");
            assertThat(superseded.path("supersededByRevision").asText()).isEqualTo("B");
            assertThat(superseded.path("jobId").asText()).isEqualTo(job.toString());
        });
    }
}
