package app.routecard.job;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Jobs for the tests, driven through the API only, by an admin of the given token's shop. */
public final class JobFixture {

    private final String admin;

    public JobFixture(String adminToken) {
        this.admin = adminToken;
    }

    public String create(int quantity, LocalDate due) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("customerName", "Northwind Robotics", "partNumber", "BRKT-77", "revision", "A",
                        "quantity", quantity, "dueDate", due.toString()))
                .post("/api/jobs").then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse move(String job, String to, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to", to);
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/jobs/" + job + "/stage").then();
    }

    public void planRoute(String job, List<String> steps) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("steps", steps.stream().map(name -> Map.of("name", name, "workCenter", "WC-1",
                        "plannedHours", 1.5)).toList()))
                .put("/api/jobs/" + job + "/route").then().statusCode(200);
    }

    /** Released, its one step made, inspected: at the inspection stage. */
    public String inInspection(int quantity, LocalDate due) {
        String job = create(quantity, due);
        planRoute(job, List.of("Mill"));
        move(job, "RELEASED", Map.of()).statusCode(200);
        String step = given().auth().oauth2(admin).get("/api/jobs/" + job + "/route").then().extract()
                .path("steps[0].id");
        given().auth().oauth2(admin).post("/api/jobs/" + job + "/route/" + step + "/start").then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("goodQuantity", quantity, "scrapQuantity", 0))
                .post("/api/jobs/" + job + "/route/" + step + "/finish").then().statusCode(200);
        return job;
    }

    public String readyToShip(int quantity, LocalDate due) {
        String job = inInspection(quantity, due);
        move(job, "READY_TO_SHIP", Map.of()).statusCode(200);
        return job;
    }

    public ValidatableResponse ship(String job, Map<String, Object> shipment) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(shipment)
                .post("/api/jobs/" + job + "/shipments").then();
    }

    /** Shipped in full and delivered. */
    public String delivered(int quantity, LocalDate due) {
        String job = readyToShip(quantity, due);
        String shipment = ship(job, Map.of("quantity", quantity)).statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + job + "/shipments/" + shipment + "/delivered").then().statusCode(200);
        return job;
    }
}
