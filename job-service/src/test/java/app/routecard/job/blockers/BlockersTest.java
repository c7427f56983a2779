package app.routecard.job.blockers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class BlockersTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String sam = Tokens.accessToken("sam@acme.example");

    private String job() {
        return given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("customerName", "Northwind", "partNumber", "SHAFT-9", "revision", "B", "quantity", 12,
                        "dueDate", LocalDate.now().plusDays(5).toString()))
                .post("/api/jobs").then().statusCode(201).extract().path("id");
    }

    private String raise(String job, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("category", "MATERIAL", "note", "Bar stock not delivered"))
                .post("/api/jobs/" + job + "/blockers").then().statusCode(201)
                .body("open", is(true)).body("raisedBy", is("sam@acme.example")).extract().path("id");
    }

    private void move(String job, String to, Map<String, Object> extra, int status) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to", to);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                .post("/api/jobs/" + job + "/stage").then().statusCode(status);
    }

    @Test
    void the_floor_raises_a_blocker_it_shows_on_the_job_and_an_admin_resolves_it() {
        String job = job();
        String blocker = raise(job, sam);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("openBlockers", is(1));
        given().auth().oauth2(alex).queryParam("open", true).get("/api/jobs/" + job + "/blockers").then()
                .statusCode(200).body("items.id", hasItem(blocker)).body("items[0].ageMinutes", is(0));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("note", "Stock arrived"))
                .post("/api/jobs/" + job + "/blockers/" + blocker + "/resolve").then().statusCode(200)
                .body("open", is(false)).body("resolvedBy", is("alex@acme.example"));
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("openBlockers", is(0));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("note", "again"))
                .post("/api/jobs/" + job + "/blockers/" + blocker + "/resolve").then().statusCode(409)
                .body("title", containsString("ResolveOnlyOpenBlockers"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.why", hasItem("Bar stock not delivered")).body("items.why", hasItem("Stock arrived"));
    }

    @Test
    void a_job_with_an_open_blocker_closes_only_on_an_admin_override_with_a_reason() {
        String job = new app.routecard.job.JobFixture(alex).delivered(12, LocalDate.now().plusDays(5));
        raise(job, sam);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("to", "CLOSED"))
                .post("/api/jobs/" + job + "/stage").then().statusCode(409)
                .body("title", containsString("NoCloseWithOpenBlockers"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("to", "CLOSED", "override", true))
                .post("/api/jobs/" + job + "/stage").then().statusCode(409)
                .body("title", containsString("OverrideNeedsAReason"));
        move(job, "CLOSED", Map.of("override", true, "reason", "Customer accepted as is"), 200);
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.why", hasItem("override: Customer accepted as is"));
    }

    @Test
    void another_shop_cannot_see_raise_or_resolve_blockers() {
        String job = job();
        String blocker = raise(job, sam);
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/jobs/" + job + "/blockers"),
                Probe.post("/api/jobs/" + job + "/blockers", "{\"category\":\"MACHINE\",\"note\":\"x\"}"),
                Probe.post("/api/jobs/" + job + "/blockers/" + blocker + "/resolve", "{\"note\":\"x\"}")));
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("openBlockers", is(1));
    }

    @Test
    void bad_blocker_input_is_a_400_naming_the_field() {
        String job = job();
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("category", "GREMLINS", "note", "x"))
                .post("/api/jobs/" + job + "/blockers").then().statusCode(400).body("errors.field", hasItem("category"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("category", "MACHINE"))
                .post("/api/jobs/" + job + "/blockers").then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("category", "MACHINE", "note", "x", "stepId", java.util.UUID.randomUUID().toString()))
                .post("/api/jobs/" + job + "/blockers").then().statusCode(400).body("errors.field", hasItem("stepId"));
    }
}
