package app.routecard.job;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent requests against one job or quote: every answer is 2xx or 409 (never a 500), and the data adds up
 * (no over-shipping, no number taken twice, one resolution per blocker, one acceptance per quote).
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class ConcurrencyTest {

    private static final int PARALLEL = 20;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(PARALLEL);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final JobFixture jobs = new JobFixture(alex);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    /** One answer: its status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /**
     * Sends {@code PARALLEL} requests released together by a latch (each thread is parked at the gate until all
     * are ready), and returns every answer.
     */
    private List<Answer> together(String method, String path, IntFunction<Object> body) throws Exception {
        CountDownLatch ready = new CountDownLatch(PARALLEL);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            int index = i;
            futures.add(POOL.submit(() -> {
                Object payload = body.apply(index);
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + alex)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(
                                payload == null ? "{}" : JSON.writeValueAsString(payload)))
                        .build();
                ready.countDown();
                assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all requests ready").isTrue();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get(90, TimeUnit.SECONDS));
        }
        for (Answer answer : answers) {
            assertThat(answer.status()).as("every answer is 2xx or 409: " + answer.body())
                    .satisfiesAnyOf(status -> assertThat(status).isBetween(200, 299),
                            status -> assertThat(status).isEqualTo(409));
            if (answer.status() == 409) {
                assertThat(answer.body()).contains("\"status\":409").doesNotContain("Exception");
            }
        }
        return answers;
    }

    private static long count(List<Answer> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }

    private List<String> timeline(String job) {
        return given().auth().oauth2(alex).queryParam("size", 200).get("/api/jobs/" + job + "/timeline")
                .then().statusCode(200).extract().path("items.what");
    }

    @Test
    void twenty_shipments_of_60_on_a_job_of_100_ship_60_once() throws Exception {
        String job = jobs.readyToShip(100, LocalDate.now().plusDays(7));
        List<Answer> answers = together("POST", "/api/jobs/" + job + "/shipments", i -> Map.of("quantity", 60));
        assertThat(count(answers, 201)).isEqualTo(1);
        assertThat(count(answers, 409)).isEqualTo(PARALLEL - 1);
        assertThat(answers.stream().filter(a -> a.status() == 409).map(a -> a.json().path("title").asText()))
                .allMatch(title -> title.equals("Refused by rule NoShippingMoreThanOrdered"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/shipments").then().statusCode(200)
                .body("shipped", is(60)).body("shipments.size()", is(1));
    }

    @Test
    void twenty_small_shipments_each_get_their_own_number_and_together_ship_the_job_once() throws Exception {
        String job = jobs.readyToShip(100, LocalDate.now().plusDays(7));
        List<Answer> answers = together("POST", "/api/jobs/" + job + "/shipments", i -> Map.of("quantity", 5));
        assertThat(count(answers, 201)).isEqualTo(PARALLEL);
        List<Integer> sequences = given().auth().oauth2(alex).get("/api/jobs/" + job + "/shipments").then()
                .statusCode(200).body("shipped", is(100)).extract().path("shipments.sequence");
        assertThat(new HashSet<>(sequences)).hasSize(PARALLEL);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("SHIPPED"));
        assertThat(timeline(job).stream().filter(what -> what.startsWith("stage ready_to_ship -> shipped")))
                .hasSize(1);
    }

    @Test
    void ncrs_opened_at_once_get_distinct_numbers_and_one_inspection_gets_one_ncr() throws Exception {
        String job = jobs.create(50, LocalDate.now().plusDays(7));
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            failed.add(given().auth().oauth2(alex).contentType(ContentType.JSON)
                    .body(Map.of("kind", "IN_PROCESS", "characteristic", "Bore " + i, "result", "FAIL"))
                    .post("/api/jobs/" + job + "/inspections").then().statusCode(201).extract().path("id"));
        }
        List<Answer> distinct = together("POST", "/api/jobs/" + job + "/ncrs",
                i -> Map.of("inspectionId", failed.get(i), "description", "Oversize bore", "quantity", 1));
        assertThat(count(distinct, 201)).isEqualTo(PARALLEL);
        Set<String> numbers = new HashSet<>();
        distinct.forEach(answer -> numbers.add(answer.json().path("number").asText()));
        assertThat(numbers).hasSize(PARALLEL);

        String another = given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("kind", "FINAL", "characteristic", "Flatness", "result", "FAIL"))
                .post("/api/jobs/" + job + "/inspections").then().statusCode(201).extract().path("id");
        List<Answer> same = together("POST", "/api/jobs/" + job + "/ncrs",
                i -> Map.of("inspectionId", another, "description", "Warped", "quantity", 2));
        assertThat(count(same, 201)).isEqualTo(1);
        assertThat(count(same, 409)).isEqualTo(PARALLEL - 1);
        given().auth().oauth2(alex).queryParam("size", 200).get("/api/jobs/" + job + "/ncrs").then()
                .statusCode(200).body("total", is(PARALLEL + 1));
    }

    @Test
    void blockers_raised_at_once_all_count_and_one_blocker_is_resolved_once() throws Exception {
        String job = jobs.create(10, LocalDate.now().plusDays(7));
        List<Answer> raised = together("POST", "/api/jobs/" + job + "/blockers",
                i -> Map.of("category", "MATERIAL", "note", "Bar stock " + i));
        assertThat(count(raised, 201)).isEqualTo(PARALLEL);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("openBlockers", is(PARALLEL));

        String blocker = raised.get(0).json().path("id").asText();
        List<Answer> resolved = together("POST", "/api/jobs/" + job + "/blockers/" + blocker + "/resolve",
                i -> Map.of("note", "Delivered " + i));
        assertThat(count(resolved, 200)).isEqualTo(1);
        assertThat(count(resolved, 409)).isEqualTo(PARALLEL - 1);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("openBlockers", is(PARALLEL - 1));
        assertThat(timeline(job).stream().filter(what -> what.startsWith("unblocked"))).hasSize(1);
    }

    @Test
    void concurrent_edits_of_one_job_are_saved_or_refused_as_changed_by_someone_else() throws Exception {
        String job = jobs.create(10, LocalDate.now().plusDays(7));
        List<Answer> answers = together("PATCH", "/api/jobs/" + job,
                i -> Map.of("owner", "owner-" + i + "@acme.example", "reason", "edit " + i));
        long saved = count(answers, 200);
        assertThat(saved).isPositive();
        answers.stream().filter(a -> a.status() == 409).forEach(a ->
                assertThat(a.json().path("detail").asText()).contains("Changed by someone else"));
        // Every saved edit is in the timeline, and the owner is the one of a saved edit: no lost update.
        assertThat(timeline(job).stream().filter(what -> what.startsWith("owner "))).hasSize((int) saved);
        String owner = given().auth().oauth2(alex).get("/api/jobs/" + job).then().extract().path("owner");
        assertThat(answers.stream().filter(a -> a.status() == 200).map(a -> a.json().path("owner").asText()))
                .contains(owner);
    }

    @Test
    void a_quote_accepted_twenty_times_at_once_releases_its_jobs_once() throws Exception {
        String part = "CC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> quote = new HashMap<>();
        quote.put("customerName", "Kestrel Medical");
        quote.put("lines", List.of(
                Map.of("partNumber", part + "-1", "revision", "A", "quantity", 5, "unitPrice", 10,
                        "leadTimeDays", 10),
                Map.of("partNumber", part + "-2", "revision", "A", "quantity", 5, "unitPrice", 12,
                        "leadTimeDays", 12)));
        String id = given().auth().oauth2(alex).contentType(ContentType.JSON).body(quote).post("/api/quotes")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(alex).post("/api/quotes/" + id + "/send").then().statusCode(200);
        List<Answer> answers = together("POST", "/api/quotes/" + id + "/accept", i -> Map.of("customerPo", "PO-" + i));
        assertThat(count(answers, 200)).isEqualTo(1);
        assertThat(count(answers, 409)).isEqualTo(PARALLEL - 1);
        given().auth().oauth2(alex).queryParam("q", part).get("/api/jobs").then().statusCode(200)
                .body("total", is(2));
    }
}
