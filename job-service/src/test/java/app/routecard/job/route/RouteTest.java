package app.routecard.job.route;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class RouteTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String sam = Tokens.accessToken("sam@acme.example");

    private String releasedJobWithRoute(int steps) {
        String id = given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("customerName", "Kestrel Medical", "partNumber", "HSG-77", "revision", "A",
                        "quantity", 40, "dueDate", LocalDate.now().plusDays(10).toString()))
                .post("/api/jobs").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> route = new java.util.ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            route.add(Map.of("name", "Op " + (i * 10), "workCenter", "WC-" + i, "plannedHours", 1.5));
        }
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("steps", route))
                .put("/api/jobs/" + id + "/route").then().statusCode(200).body("steps.size()", is(steps))
                .body("progressPercent", is(0));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("to", "RELEASED"))
                .post("/api/jobs/" + id + "/stage").then().statusCode(200);
        return id;
    }

    private String stepId(String jobId, int position) {
        return given().auth().oauth2(alex).get("/api/jobs/" + jobId + "/route").then().statusCode(200)
                .extract().path("steps[" + (position - 1) + "].id");
    }

    @Test
    void the_floor_works_the_route_in_order_and_the_job_stage_follows() {
        String job = releasedJobWithRoute(3);
        String first = stepId(job, 1);
        String second = stepId(job, 2);
        String third = stepId(job, 3);
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/" + second + "/start")
                .then().statusCode(409).body("title", containsString("StepsInOrder"));
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/" + first + "/start")
                .then().statusCode(200).body("steps[0].status", is("RUNNING"))
                .body("steps[0].operator", is("sam@acme.example"));
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("IN_PROGRESS"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("goodQuantity", 39, "scrapQuantity", 1))
                .post("/api/jobs/" + job + "/route/" + first + "/finish")
                .then().statusCode(200).body("steps[0].status", is("DONE")).body("progressPercent", is(33));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("reason", "Deburr done in op 10"))
                .post("/api/jobs/" + job + "/route/" + second + "/skip").then().statusCode(200);
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/" + third + "/start").then().statusCode(200);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("goodQuantity", 39, "scrapQuantity", 0))
                .post("/api/jobs/" + job + "/route/" + third + "/finish")
                .then().statusCode(200).body("progressPercent", is(100));
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("INSPECTION"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.what", hasItem("step 1 Op 10 started")).body("items.why", hasItem("Deburr done in op 10"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("steps", List.of(Map.of("name", "x"))))
                .put("/api/jobs/" + job + "/route").then().statusCode(409)
                .body("title", containsString("RouteFixedOnceStarted"));
    }

    @Test
    void another_shop_cannot_see_or_work_the_route() {
        String job = releasedJobWithRoute(2);
        String first = stepId(job, 1);
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/jobs/" + job + "/route"),
                Probe.put("/api/jobs/" + job + "/route", "{\"steps\":[{\"name\":\"x\"}]}"),
                Probe.post("/api/jobs/" + job + "/route/" + first + "/start", null),
                Probe.post("/api/jobs/" + job + "/route/" + first + "/finish", "{\"goodQuantity\":1,\"scrapQuantity\":0}"),
                Probe.post("/api/jobs/" + job + "/route/" + first + "/skip", "{\"reason\":\"x\"}")));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/route").then().body("steps[0].status", is("PENDING"));
    }

    @Test
    void bad_route_input_is_a_400_naming_the_field() {
        String job = releasedJobWithRoute(1);
        String first = stepId(job, 1);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("steps", List.of()))
                .put("/api/jobs/" + job + "/route").then().statusCode(400).body("errors.field", hasItem("steps"));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("steps", List.of(Map.of("name", "", "plannedHours", -2))))
                .put("/api/jobs/" + job + "/route").then().statusCode(400)
                .body("errors.field", hasItem("steps[0].name")).body("errors.field", hasItem("steps[0].plannedHours"));
        given().auth().oauth2(sam).post("/api/jobs/" + job + "/route/" + first + "/start").then().statusCode(200);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("goodQuantity", -1, "scrapQuantity", 0))
                .post("/api/jobs/" + job + "/route/" + first + "/finish").then().statusCode(400)
                .body("errors.field", hasItem("goodQuantity"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/jobs/" + job + "/route/" + first + "/skip").then().statusCode(403);
        given().auth().oauth2(alex).post("/api/jobs/" + job + "/route/" + java.util.UUID.randomUUID() + "/start")
                .then().statusCode(404);
    }
}
