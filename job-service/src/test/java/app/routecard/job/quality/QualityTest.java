package app.routecard.job.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import app.routecard.job.JobFixture;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class QualityTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String sam = Tokens.accessToken("sam@acme.example");
    private final JobFixture jobs = new JobFixture(alex);

    private static Map<String, Object> bore(String kind, String... measured) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("characteristic", "Bore Ø25 H7");
        body.put("nominal", 25.000);
        body.put("toleranceMinus", 0.0);
        body.put("tolerancePlus", 0.021);
        body.put("unit", "mm");
        body.put("measured", List.of(measured).stream().map(Double::valueOf).toList());
        return body;
    }

    private io.restassured.response.ValidatableResponse inspect(String token, String job, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/jobs/" + job + "/inspections").then();
    }

    @Test
    void the_floor_records_inspections_measurements_decide_and_the_timeline_shows_them() {
        String job = jobs.create(20, LocalDate.now().plusDays(10));
        inspect(sam, job, bore("IN_PROCESS", "25.005", "25.010")).statusCode(201).body("result", is("PASS"))
                .body("inspector", is("sam@acme.example")).body("measured", hasSize(2));
        inspect(sam, job, bore("IN_PROCESS", "25.030")).statusCode(201).body("result", is("FAIL"));
        inspect(sam, job, Map.of("kind", "IN_PROCESS", "characteristic", "No burrs", "result", "PASS"))
                .statusCode(201).body("result", is("PASS"));
        given().auth().oauth2(alex).queryParam("result", "FAIL").get("/api/jobs/" + job + "/inspections").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].measured[0]", is(25.03f));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.what", hasItem("in-process inspection of Bore Ø25 H7: FAIL"));
    }

    @Test
    void a_failed_inspection_opens_an_ncr_and_an_admin_decides_its_disposition_once() {
        String job = jobs.create(20, LocalDate.now().plusDays(10));
        String passed = inspect(sam, job, bore("IN_PROCESS", "25.001")).extract().path("id");
        String failed = inspect(sam, job, bore("IN_PROCESS", "25.040")).extract().path("id");
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", passed, "description", "x", "quantity", 1))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(409)
                .body("title", containsString("NcrOnlyForAFailedInspection"));
        String ncr = given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", failed, "description", "Bore oversize on 3 parts", "quantity", 3))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(201).body("open", is(true))
                .body("disposition", nullValue()).body("number", containsString("-N1")).extract().path("id");
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", failed, "description", "again", "quantity", 3))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(409)
                .body("title", containsString("OneNcrPerInspection"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("disposition", "SCRAP"))
                .post("/api/jobs/" + job + "/ncrs/" + ncr + "/disposition").then().statusCode(403);
        given().auth().oauth2(alex).queryParam("open", true).get("/api/jobs/" + job + "/ncrs").then()
                .body("items.id", hasItem(ncr));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("disposition", "REWORK", "note", "Re-bore"))
                .post("/api/jobs/" + job + "/ncrs/" + ncr + "/disposition").then().statusCode(200)
                .body("disposition", is("REWORK")).body("open", is(false));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("disposition", "SCRAP"))
                .post("/api/jobs/" + job + "/ncrs/" + ncr + "/disposition").then().statusCode(409)
                .body("title", containsString("DispositionIsFinal"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/inspections").then()
                .body("items.find { it.id == '" + failed + "' }.ncrId", is(ncr));
    }

    @Test
    void a_failed_final_inspection_stops_shipping_until_reinspected_accepted_as_is_or_overridden() {
        String job = jobs.inInspection(10, LocalDate.now().plusDays(10));
        String failed = inspect(sam, job, bore("FINAL", "25.030")).extract().path("id");
        jobs.move(job, "READY_TO_SHIP", Map.of()).statusCode(409)
                .body("title", containsString("NoShipWithFailedFinalInspection"));
        inspect(sam, job, bore("FINAL", "25.010")).statusCode(201);
        jobs.move(job, "READY_TO_SHIP", Map.of()).statusCode(200);

        String second = jobs.inInspection(10, LocalDate.now().plusDays(10));
        String secondFailed = inspect(sam, second, bore("FINAL", "25.030")).extract().path("id");
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", secondFailed, "description", "Oversize within customer deviation",
                        "quantity", 10, "disposition", "USE_AS_IS", "dispositionNote", "Deviation D-12"))
                .post("/api/jobs/" + second + "/ncrs").then().statusCode(201).body("disposition", is("USE_AS_IS"));
        jobs.move(second, "READY_TO_SHIP", Map.of()).statusCode(200);

        String third = jobs.inInspection(10, LocalDate.now().plusDays(10));
        inspect(sam, third, bore("FINAL", "25.030")).statusCode(201);
        jobs.move(third, "READY_TO_SHIP", Map.of("override", true)).statusCode(409)
                .body("title", containsString("OverrideNeedsAReason"));
        jobs.move(third, "READY_TO_SHIP", Map.of("override", true, "reason", "Customer will hone on site"))
                .statusCode(200);
        jobs.ship(third, Map.of("quantity", 10)).statusCode(201);
        jobs.move(third, "DELIVERED", Map.of()).statusCode(409)
                .body("title", containsString("ShipmentsMoveShippedAndDelivered"));
        String shipment = given().auth().oauth2(alex).get("/api/jobs/" + third + "/shipments").then()
                .extract().path("shipments[0].id");
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + third + "/shipments/" + shipment + "/delivered").then().statusCode(200);
        jobs.move(third, "CLOSED", Map.of()).statusCode(409)
                .body("title", containsString("NoCloseWithFailedFinalInspection"));
        jobs.move(third, "CLOSED", Map.of("override", true, "reason", "Customer accepted")).statusCode(200);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("READY_TO_SHIP"));
        given().auth().oauth2(alex).queryParam("kind", "FINAL").get("/api/jobs/" + job + "/inspections").then()
                .body("items.id", hasItem(failed)).body("items.kind", everyItem(is("FINAL")));
    }

    @Test
    void bad_inspection_and_ncr_input_is_a_400_naming_the_field() {
        String job = jobs.create(5, LocalDate.now().plusDays(10));
        inspect(sam, job, Map.of("kind", "SOMETIMES", "characteristic", "x", "result", "PASS")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        inspect(sam, job, Map.of("kind", "FINAL", "characteristic", "x")).statusCode(400)
                .body("errors.field", hasItem("result"));
        Map<String, Object> contradicting = bore("FINAL", "25.5");
        contradicting.put("result", "PASS");
        inspect(sam, job, contradicting).statusCode(400).body("errors.field", hasItem("result"))
                .body("detail", containsString("FAIL"));
        Map<String, Object> negativeTolerance = bore("FINAL", "25");
        negativeTolerance.put("toleranceMinus", -0.1);
        inspect(sam, job, negativeTolerance).statusCode(400).body("errors.field", hasItem("toleranceMinus"));
        Map<String, Object> noValues = bore("FINAL");
        inspect(sam, job, noValues).statusCode(400).body("errors.field", hasItem("measured"));
        Map<String, Object> foreignStep = bore("IN_PROCESS", "25");
        foreignStep.put("stepId", UUID.randomUUID().toString());
        inspect(sam, job, foreignStep).statusCode(400).body("errors.field", hasItem("stepId"));
        String failed = inspect(sam, job, bore("FINAL", "26")).extract().path("id");
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", failed, "description", "x", "quantity", -2))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(400).body("errors.field", hasItem("quantity"));
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", UUID.randomUUID().toString(), "description", "x", "quantity", 1))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(400)
                .body("errors.field", hasItem("inspectionId"));
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", failed, "description", "x", "quantity", 1, "disposition", "SCRAP"))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(403);
        given().auth().oauth2(alex).queryParam("size", 0).get("/api/jobs/" + job + "/inspections").then()
                .statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void another_shop_sees_no_inspection_or_ncr_and_cannot_add_any() {
        String job = jobs.create(5, LocalDate.now().plusDays(10));
        String failed = inspect(sam, job, bore("FINAL", "26")).extract().path("id");
        String ncr = given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("inspectionId", failed, "description", "x", "quantity", 1))
                .post("/api/jobs/" + job + "/ncrs").then().statusCode(201).extract().path("id");
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/jobs/" + job + "/inspections"),
                Probe.post("/api/jobs/" + job + "/inspections",
                        "{\"kind\":\"FINAL\",\"characteristic\":\"x\",\"result\":\"PASS\"}"),
                Probe.get("/api/jobs/" + job + "/ncrs"),
                Probe.post("/api/jobs/" + job + "/ncrs",
                        "{\"inspectionId\":\"" + failed + "\",\"description\":\"x\",\"quantity\":1}"),
                Probe.post("/api/jobs/" + job + "/ncrs/" + ncr + "/disposition", "{\"disposition\":\"SCRAP\"}")));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/ncrs").then().body("items[0].open", is(true));
    }
}
