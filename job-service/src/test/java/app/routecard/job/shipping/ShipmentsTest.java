package app.routecard.job.shipping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class ShipmentsTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    @jakarta.inject.Inject
    app.routecard.platform.tenancy.TenantCalendars calendars;

    private String acmeTenant() {
        return io.restassured.RestAssured.given().auth().oauth2(alex).get("/api/whoami").then().statusCode(200)
                .extract().path("tenant.id");
    }
    private final String sam = Tokens.accessToken("sam@acme.example");
    private final JobFixture jobs = new JobFixture(alex);

    private void delivered(String token, String job, String shipment, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + job + "/shipments/" + shipment + "/delivered").then().statusCode(status);
    }

    @Test
    void partial_shipments_ship_the_job_when_all_has_left_and_deliver_it_when_all_arrived() {
        String job = jobs.readyToShip(100, LocalDate.now().plusDays(7));
        UUID proof = UUID.randomUUID();
        String first = given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("quantity", 60, "carrier", "UPS", "trackingNumber", "1Z999AA10123456784",
                        "proofFileIds", List.of(proof.toString())))
                .post("/api/jobs/" + job + "/shipments").then().statusCode(201).body("onTime", is(true))
                .body("finalShipment", is(false)).body("proofFileIds[0]", is(proof.toString()))
                .extract().path("id");
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("READY_TO_SHIP"));
        jobs.ship(job, Map.of("quantity", 41)).statusCode(409).body("title", containsString("NoShippingMoreThanOrdered"));
        String second = jobs.ship(job, Map.of("quantity", 40, "carrier", "FedEx", "trackingNumber", "7712"))
                .statusCode(201).body("finalShipment", is(true)).extract().path("id");
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/shipments").then().statusCode(200)
                .body("ordered", is(100)).body("shipped", is(100)).body("onTime", is(true))
                .body("shipments", hasSize(2));
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("SHIPPED"));
        delivered(sam, job, first, 200);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("SHIPPED"));
        delivered(sam, job, second, 200);
        delivered(sam, job, second, 409);
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("DELIVERED"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.what", hasItem("stage shipped -> delivered"));
    }

    @Test
    void a_shipment_after_the_promised_date_is_late_and_a_final_shipment_ships_short() {
        // Due today on the shop's own calendar (between 23:00 and midnight UTC, Acme's today is tomorrow in UTC).
        String job = jobs.readyToShip(10, calendars.today(acmeTenant()));
        OffsetDateTime tomorrowEarly = OffsetDateTime.now(ZoneOffset.UTC);
        jobs.ship(job, Map.of("quantity", 8, "finalShipment", true, "shippedAt", tomorrowEarly.toString()))
                .statusCode(201).body("onTime", is(true)).body("finalShipment", is(true));
        given().auth().oauth2(alex).get("/api/jobs/" + job).then().body("stage", is("SHIPPED"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/timeline").then()
                .body("items.why", hasItem("shipped short: 8 of 10"));
    }

    @Test
    void nothing_ships_before_the_job_is_ready_and_bad_input_names_the_field() {
        String job = jobs.create(10, LocalDate.now().plusDays(3));
        jobs.ship(job, Map.of("quantity", 1)).statusCode(409).body("title", containsString("NoShipmentBeforeReadyToShip"));
        jobs.move(job, "SHIPPED", Map.of()).statusCode(409)
                .body("title", containsString("ShipmentsMoveShippedAndDelivered"));
        String ready = jobs.readyToShip(10, LocalDate.now().plusDays(3));
        jobs.ship(ready, Map.of("quantity", -1)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("quantity"));
        jobs.ship(ready, Map.of("quantity", 1, "shippedAt", OffsetDateTime.now().plusDays(2).toString()))
                .statusCode(400).body("errors.field", hasItem("shippedAt"));
        jobs.ship(ready, Map.of("quantity", 1, "proofFileIds", List.of("not-a-uuid"))).statusCode(400);
        jobs.ship(ready, Map.of("quantity", 1, "shippedAt", "yesterday")).statusCode(400);
        String yesterday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString();
        String shipment = jobs.ship(ready, Map.of("quantity", 1, "shippedAt", OffsetDateTime.now(ZoneOffset.UTC)
                .minusHours(1).toString())).statusCode(201).extract().path("id");
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("deliveredAt", yesterday))
                .post("/api/jobs/" + ready + "/shipments/" + shipment + "/delivered").then().statusCode(400)
                .body("errors.field", hasItem("deliveredAt"));
        delivered(alex, ready, UUID.randomUUID().toString(), 404);
        given().auth().oauth2(alex).get("/api/jobs/" + ready + "/shipments").then().body("onTime", nullValue());
    }

    @Test
    void another_shop_sees_no_shipment_and_cannot_ship_or_deliver() {
        String job = jobs.readyToShip(5, LocalDate.now().plusDays(3));
        String shipment = jobs.ship(job, Map.of("quantity", 2)).statusCode(201).extract().path("id");
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/jobs/" + job + "/shipments"),
                Probe.post("/api/jobs/" + job + "/shipments", "{\"quantity\":1}"),
                Probe.post("/api/jobs/" + job + "/shipments/" + shipment + "/delivered", "{}")));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/shipments").then().body("shipped", is(2))
                .body("shipments[0].deliveredAt", nullValue());
    }
}
