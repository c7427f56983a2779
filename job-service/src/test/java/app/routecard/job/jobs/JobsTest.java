package app.routecard.job.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

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
class JobsTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    private static Map<String, Object> newJob() {
        Map<String, Object> job = new HashMap<>();
        job.put("customerName", "Northwind Robotics");
        job.put("partNumber", "BRKT-1001");
        job.put("revision", "C");
        job.put("quantity", 250);
        job.put("dueDate", LocalDate.now().plusWeeks(3).toString());
        job.put("priority", "HIGH");
        return job;
    }

    private String create(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(newJob())
                .post("/api/jobs").then().statusCode(201)
                .body("number", matchesPattern("J-\\d{4}-\\d{4}")).body("stage", is("PLANNED"))
                .extract().path("id");
    }

    private io.restassured.response.ValidatableResponse move(String id, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                .post("/api/jobs/" + id + "/stage").then();
    }

    @Test
    void a_shop_admin_creates_a_job_and_moves_it_along_its_route_with_a_timeline() {
        String id = create(alex);
        move(id, "RELEASED", null).statusCode(200).body("stage", is("RELEASED"));
        move(id, "ON_HOLD", "Waiting for material").statusCode(200).body("heldFrom", is("RELEASED"));
        move(id, "RELEASED", null).statusCode(200).body("stage", is("RELEASED"));
        given().auth().oauth2(alex).get("/api/jobs/" + id + "/timeline").then().statusCode(200)
                .body("items.what", hasItem("stage planned -> released"))
                .body("items.why", hasItem("Waiting for material"))
                .body("items.actor", everyItem(is("alex@acme.example")));
        given().auth().oauth2(alex).queryParam("order", "desc").queryParam("size", 1)
                .get("/api/jobs/" + id + "/timeline").then().statusCode(200)
                .body("total", is(4)).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].what", is("stage on_hold -> released"));
        given().auth().oauth2(alex).queryParam("page", 3).queryParam("size", 1)
                .get("/api/jobs/" + id + "/timeline").then().body("items[0].what", is("stage on_hold -> released"));
        given().auth().oauth2(alex).queryParam("order", "sideways").get("/api/jobs/" + id + "/timeline").then()
                .statusCode(400).body("errors.field", hasItem("order"));
        given().auth().oauth2(alex).queryParam("stage", "RELEASED").queryParam("size", 100).get("/api/jobs")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.stage", everyItem(is("RELEASED")));
    }

    @Test
    void a_move_a_rule_forbids_is_a_409_naming_the_rule() {
        String id = create(alex);
        move(id, "SHIPPED", null).statusCode(409).contentType("application/problem+json")
                .body("title", containsString("ShipmentsMoveShippedAndDelivered"));
        move(id, "READY_TO_SHIP", null).statusCode(409).body("title", containsString("FollowTheRoute"));
        move(id, "CANCELLED", null).statusCode(409).body("title", containsString("CancellationNeedsAReason"));
        move(id, "CANCELLED", "Customer withdrew").statusCode(200);
        move(id, "RELEASED", null).statusCode(409).body("title", containsString("TerminalStagesAreFinal"));
    }

    @Test
    void another_shops_jobs_do_not_exist_for_it() {
        String id = create(alex);
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/jobs/" + id),
                Probe.get("/api/jobs/" + id + "/timeline"),
                Probe.post("/api/jobs/" + id + "/stage", "{\"to\":\"RELEASED\"}")));
        String number = given().auth().oauth2(alex).get("/api/jobs/" + id).then().statusCode(200)
                .body("stage", is("PLANNED")).extract().path("number");
        given().auth().oauth2(alex).queryParam("q", number).get("/api/jobs").then().body("total", is(1));
        CrossTenantMatrix.assertNotFoundInList(bea, "/api/jobs", Map.of("q", number));
    }

    @Test
    void floor_operators_read_jobs_but_do_not_create_or_move_them_and_buyers_see_none() {
        String id = create(alex);
        String sam = Tokens.accessToken("sam@acme.example");
        given().auth().oauth2(sam).get("/api/jobs/" + id).then().statusCode(200);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(newJob()).post("/api/jobs")
                .then().statusCode(403);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("to", "RELEASED"))
                .post("/api/jobs/" + id + "/stage").then().statusCode(403);
        given().auth().oauth2(Tokens.accessToken("nina@northwind.example")).get("/api/jobs").then().statusCode(403);
    }

    @Test
    void bad_input_is_a_400_naming_the_field_never_a_500() {
        Map<String, Object> negative = newJob();
        negative.put("quantity", -5);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(negative).post("/api/jobs")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("quantity"));
        Map<String, Object> past = newJob();
        past.put("dueDate", LocalDate.now().minusDays(1).toString());
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(past).post("/api/jobs")
                .then().statusCode(400).body("errors.field", hasItem("dueDate"));
        Map<String, Object> priority = newJob();
        priority.put("priority", "WHENEVER");
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(priority).post("/api/jobs")
                .then().statusCode(400).body("errors.field", hasItem("priority"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of()).post("/api/jobs")
                .then().statusCode(400).body("errors.field", hasItem("customerName"))
                .body("errors.field", hasItem("partNumber")).body("errors.field", hasItem("dueDate"));
        String id = create(alex);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("to", "FLYING"))
                .post("/api/jobs/" + id + "/stage").then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(alex).queryParam("size", 0).get("/api/jobs").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(alex).get("/api/jobs/not-a-uuid").then().statusCode(404);
    }
}
