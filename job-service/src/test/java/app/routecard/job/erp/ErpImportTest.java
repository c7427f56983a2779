package app.routecard.job.erp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TestStack;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class ErpImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String alex = Tokens.accessToken("alex@acme.example");

    private static Map<String, Object> order(String erpId) {
        Map<String, Object> order = new HashMap<>();
        order.put("erpOrderId", erpId);
        order.put("customerName", "Kestrel Aero");
        order.put("partNumber", "SPAR-" + erpId);
        order.put("revision", "D");
        order.put("quantity", 12);
        order.put("dueDate", LocalDate.now().plusDays(20).toString());
        return order;
    }

    private io.restassured.response.ValidatableResponse post(String token, Map<String, Object> order) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(order)
                .post("/api/erp/production-orders").then();
    }

    @Test
    void a_retried_import_creates_nothing_new_and_a_reused_id_with_other_content_is_refused() {
        String erpId = "PO-" + UUID.randomUUID();
        String job = post(alex, order(erpId)).statusCode(201).body("created", is(true))
                .body("job.erpOrderId", is(erpId)).body("job.stage", is("PLANNED")).extract().path("job.id");
        post(alex, order(erpId)).statusCode(200).body("created", is(false)).body("job.id", is(job));
        Map<String, Object> changed = order(erpId);
        changed.put("quantity", 13);
        post(alex, changed).statusCode(409).body("title", containsString("OneJobPerErpOrder"))
                .body("detail", containsString("quantity"));
        given().auth().oauth2(alex).queryParam("q", "SPAR-" + erpId).get("/api/jobs").then().body("total", is(1));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.what[0]", containsString("imported from ERP order " + erpId));
    }

    @Test
    void concurrent_deliveries_of_one_order_make_exactly_one_job() throws Exception {
        String erpId = "PO-" + UUID.randomUUID();
        Callable<String> delivery = () -> given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(order(erpId)).post("/api/erp/production-orders").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("job.id");
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(delivery));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> result : results) {
                ids.add(result.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(alex).queryParam("q", "SPAR-" + erpId).get("/api/jobs").then().body("total", is(1));
    }

    @Test
    void an_overdue_erp_order_is_imported_late_and_another_shop_importing_the_same_id_gets_its_own_job() {
        String erpId = "PO-" + UUID.randomUUID();
        Map<String, Object> overdue = order(erpId);
        overdue.put("dueDate", LocalDate.now().minusDays(2).toString());
        String acmeJob = post(alex, overdue).statusCode(201).body("job.late", is(true)).extract().path("job.id");
        String bea = Tokens.accessToken("bea@bluefin.example");
        String bluefinJob = post(bea, order(erpId)).statusCode(201).body("created", is(true))
                .extract().path("job.id");
        assertThat(bluefinJob).isNotEqualTo(acmeJob);
        given().auth().oauth2(bea).get("/api/jobs/" + acmeJob).then().statusCode(404);
        given().auth().oauth2(bea).queryParam("q", "SPAR-" + erpId).get("/api/jobs").then()
                .body("items.id", not(hasItem(acmeJob)));
    }

    @Test
    void bad_orders_are_a_400_naming_the_field_and_the_floor_cannot_import() {
        Map<String, Object> spaces = order("PO 1");
        post(alex, spaces).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("erpOrderId"));
        Map<String, Object> negative = order("PO-NEG");
        negative.put("quantity", -4);
        post(alex, negative).statusCode(400).body("errors.field", hasItem("quantity"));
        Map<String, Object> badRoute = order("PO-ROUTE");
        badRoute.put("route", List.of(Map.of("name", "")));
        post(alex, badRoute).statusCode(400).body("errors.field", hasItem("route[0].name"));
        post(alex, Map.of()).statusCode(400).body("errors.field", hasItem("erpOrderId"))
                .body("errors.field", hasItem("dueDate"));
        post(Tokens.accessToken("sam@acme.example"), order("PO-FLOOR")).statusCode(403);
    }

    @Test
    void actuals_for_the_erp_wait_in_the_outbox_through_a_kafka_outage_and_arrive_once_each() throws Exception {
        String erpId = "PO-" + UUID.randomUUID();
        Map<String, Object> order = order(erpId);
        order.put("route", List.of(Map.of("name", "Rough mill", "workCenter", "VMC-2", "plannedHours", 2),
                Map.of("name", "Finish mill", "workCenter", "VMC-2", "plannedHours", 3)));
        order.put("release", true);
        String job = post(alex, order).statusCode(201).body("job.stage", is("RELEASED")).extract().path("job.id");
        TestStack.stop("kafka");
        try {
            for (int scan = 0; scan < 4; scan++) {
                Map<String, Object> body = scan % 2 == 1 ? Map.of("scrapQuantity", 1) : Map.of();
                given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                        .post("/api/jobs/" + job + "/route/scan").then().statusCode(200);
            }
        } finally {
            TestStack.restart();
        }
        List<JsonNode> actuals = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            actuals.clear();
            for (var record : TopicReader.readAll("routecard.job")) {
                JsonNode event = JSON.readTree(record.value());
                if (job.equals(record.key()) && "job.actuals.reported".equals(event.path("type").asText())) {
                    actuals.add(event);
                }
            }
            assertThat(actuals).hasSize(2);
        });
        for (JsonNode event : actuals) {
            assertThat(EventSchemas.problems(event.toString())).isEmpty();
            assertThat(event.path("data").path("erpOrderId").asText()).isEqualTo(erpId);
        }
        assertThat(actuals.stream().map(e -> e.path("id").asText()).collect(Collectors.toSet())).hasSize(2);
        JsonNode last = actuals.get(1).path("data");
        assertThat(last.path("operation").asText()).isEqualTo("Finish mill");
        assertThat(last.path("goodQuantity").asInt()).isEqualTo(10);
        assertThat(last.path("scrapQuantity").asInt()).isEqualTo(1);
        assertThat(last.path("orderComplete").asBoolean()).isTrue();
        assertThat(actuals.get(0).path("data").path("orderComplete").asBoolean()).isFalse();
    }
}
