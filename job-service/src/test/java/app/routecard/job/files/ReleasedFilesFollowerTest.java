package app.routecard.job.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import app.routecard.platform.inbox.DeadLetters;
import app.routecard.platform.inbox.InboxProcessor;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The first service-to-service consumer, on the real stack: job-service follows files-service's releases through
 * the inbox library. Redeliveries and a crash between the handler's write and the offset commit apply an event
 * once; a poison event becomes a dead letter, the consumer goes on, and the replay after the fix applies it once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class ReleasedFilesFollowerTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String olivia = Tokens.accessToken("olivia@routecard.example");

    @Inject
    InboxProcessor processor;

    @Inject
    ReleasedFilesFollower follower;

    @Inject
    DeadLetters deadLetters;

    private String acme() {
        return given().auth().oauth2(alex).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    private String job() {
        return given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("customerName", "Northwind", "partNumber", "BRKT-1001", "revision", "B", "quantity", 8,
                        "dueDate", LocalDate.now().plusDays(9).toString()))
                .post("/api/jobs").then().statusCode(201).extract().path("id");
    }

    private static String released(UUID file, String job, String revision) {
        return "{\"fileId\":\"" + file + "\",\"name\":\"BRKT-1001 drawing\",\"revisionId\":\"" + UUID.randomUUID()
                + "\",\"revisionNumber\":" + (revision.charAt(0) - 'A' + 1) + ",\"revision\":\"" + revision
                + "\",\"jobId\":\"" + job + "\",\"releasedBy\":\"alex@acme.example\",\"releasedAt\":\""
                + java.time.OffsetDateTime.now() + "\"}";
    }

    private List<String> timeline(String job) {
        return given().auth().oauth2(alex).queryParam("size", 200).get("/api/jobs/" + job + "/timeline").then()
                .extract().jsonPath().getList("items.what");
    }

    @Test
    void a_release_delivered_three_times_and_once_more_after_a_crash_shows_once_on_the_job() {
        String tenant = acme();
        String job = job();
        UUID file = UUID.randomUUID();
        String revisionA = TopicWriter.cloudEvent(UUID.randomUUID(), "file.released", tenant, file.toString(),
                released(file, job, "A"));
        for (int delivery = 0; delivery < 3; delivery++) {
            TopicWriter.publish("routecard.file", file.toString(), revisionA);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(alex)
                .get("/api/jobs/" + job).then().body("releasedFiles.size()", is(1))
                .body("releasedFiles[0].revision", is("A")).body("releasedFiles[0].fileId", is(file.toString())));

        // The crash window: the handler's write committed, the offset did not (the consumer died in between).
        // Kafka then delivers the record again; the inbox recognises it.
        String revisionB = TopicWriter.cloudEvent(UUID.randomUUID(), "file.released", tenant, file.toString(),
                released(file, job, "B"));
        assertThat(processor.process(follower, new ConsumerRecord<>("routecard.file", 0, 0L, file.toString(),
                revisionB))).isEqualTo(InboxProcessor.Outcome.APPLIED);
        TopicWriter.publish("routecard.file", file.toString(), revisionB);
        String marker = TopicWriter.cloudEvent(UUID.randomUUID(), "file.released", tenant, file.toString(),
                released(UUID.randomUUID(), job, "C"));
        TopicWriter.publish("routecard.file", file.toString(), marker);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(alex)
                .get("/api/jobs/" + job).then().extract().jsonPath().getList("releasedFiles.revision"))
                .containsExactly("B", "C"));
        assertThat(timeline(job)).filteredOn(line -> line.equals("released BRKT-1001 drawing rev A")).hasSize(1);
        assertThat(timeline(job)).filteredOn(line -> line.equals("released BRKT-1001 drawing rev B")).hasSize(1);
        assertThat(processor.process(follower, new ConsumerRecord<>("routecard.file", 0, 0L, file.toString(),
                revisionA))).as("a late redelivery").isEqualTo(InboxProcessor.Outcome.DUPLICATE);

        String superseded = TopicWriter.cloudEvent(UUID.randomUUID(), "file.superseded", tenant, file.toString(),
                "{\"fileId\":\"" + file + "\",\"name\":\"BRKT-1001 drawing\",\"revisionId\":\"" + UUID.randomUUID()
                        + "\",\"revision\":\"A\",\"jobId\":\"" + job + "\",\"supersededByRevisionId\":\""
                        + UUID.randomUUID() + "\",\"supersededByRevision\":\"B\",\"supersededAt\":\""
                        + java.time.OffsetDateTime.now() + "\"}");
        assertThat(processor.process(follower, new ConsumerRecord<>("routecard.file", 0, 0L, file.toString(),
                superseded))).isEqualTo(InboxProcessor.Outcome.APPLIED);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("releasedFiles.revision[0]", is("B"));
    }

    @Test
    void a_poison_event_becomes_a_dead_letter_the_consumer_goes_on_and_the_replay_after_the_fix_applies_it_once() {
        String tenant = acme();
        PoisonProbe.broken = true;
        UUID poison = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();
        TopicWriter.publish(PoisonProbe.TOPIC, "k", "{not a cloud event");
        TopicWriter.publish(PoisonProbe.TOPIC, "k", TopicWriter.cloudEvent(poison, "probe.poison", tenant, "x",
                "{}"));
        TopicWriter.publish(PoisonProbe.TOPIC, "k", TopicWriter.cloudEvent(healthy, "probe.healthy", tenant, "x",
                "{}"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(PoisonProbe.APPLIED).as("the consumer went on").contains(healthy.toString()));
        DeadLetters.DeadLetter letter = deadLetters.list(true, 1000).stream()
                .filter(l -> poison.equals(l.eventId())).findFirst().orElseThrow();
        assertThat(letter.attempts()).isEqualTo(3);
        assertThat(letter.error()).contains("cannot handle");
        assertThat(deadLetters.list(true, 1000)).anySatisfy(l -> assertThat(l.error()).startsWith("unreadable"));

        given().auth().oauth2(olivia).get("/api/operations/dead-letters").then().statusCode(200);
        given().auth().oauth2(alex).get("/api/operations/dead-letters").then().statusCode(403);
        given().auth().oauth2(olivia).queryParam("limit", 0).get("/api/operations/dead-letters").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(olivia).queryParam("open", "maybe").get("/api/operations/dead-letters").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(olivia).post("/api/operations/dead-letters/" + UUID.randomUUID() + "/replay").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(olivia).post("/api/operations/dead-letters/not-an-id/replay").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(olivia).post("/api/operations/dead-letters/" + letter.id() + "/replay").then()
                .statusCode(409).body("title", is("Replay failed"));
        PoisonProbe.broken = false;
        given().auth().oauth2(olivia).post("/api/operations/dead-letters/" + letter.id() + "/replay").then()
                .log().ifValidationFails().statusCode(200).body("outcome", is("APPLIED"));
        given().auth().oauth2(olivia).post("/api/operations/dead-letters/" + letter.id() + "/replay").then()
                .statusCode(200).body("outcome", is("DUPLICATE"));
        assertThat(PoisonProbe.APPLIED).contains(poison.toString());
        assertThat(deadLetters.find(letter.id()).orElseThrow().replayedAt()).isNotNull();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("routecard_inbox_lag{consumer=\"job-service.released-files\"")
                .contains("routecard_inbox_lag{consumer=\"job-service.test-probe\"");
    }
}
