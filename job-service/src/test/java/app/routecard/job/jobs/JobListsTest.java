package app.routecard.job.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.routecard.job.JobFixture;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class JobListsTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final JobFixture jobs = new JobFixture(alex);

    private RequestSpecification list() {
        return given().auth().oauth2(alex).queryParam("size", 100);
    }

    private String jobFor(String part, LocalDate due) {
        return given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("customerName", "Lists Co", "partNumber", part, "revision", "A", "quantity", 5,
                        "dueDate", due.toString()))
                .post("/api/jobs").then().statusCode(201).extract().path("id");
    }

    /** The next working day at least {@code days} calendar days out: keeps the test independent of weekends. */
    private static LocalDate workingDayAfter(int days) {
        LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void late_at_risk_blocked_and_due_window_filters_find_the_right_jobs() {
        String tag = "L" + UUID.randomUUID().toString().substring(0, 8);
        String late = jobFor(tag + "-LATE", LocalDate.now().plusDays(1));
        String tenant = Tokens.claims(alex).path("tenant").path("acme").path("id").asText();
        TenantTransactions.forTenant(tenant, () -> Job.update("dueDate = ?1 where id = ?2",
                LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3), UUID.fromString(late)));
        String risky = jobFor(tag + "-RISK", workingDayAfter(1));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("steps", List.of(Map.of("name", "Long weld", "plannedHours", 80))))
                .put("/api/jobs/" + risky + "/route").then().statusCode(200);
        String blocked = jobFor(tag + "-BLOCKED", LocalDate.now().plusDays(40));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("category", "DRAWING", "note", "Rev?"))
                .post("/api/jobs/" + blocked + "/blockers").then().statusCode(201);
        String calm = jobFor(tag + "-CALM", LocalDate.now().plusDays(60));

        list().queryParam("q", tag.toLowerCase()).get("/api/jobs").then().statusCode(200)
                .body("total", is(4)).body("items.id", hasItem(calm));
        list().queryParam("q", tag).queryParam("late", true).get("/api/jobs").then()
                .body("items.id", contains(late)).body("items[0].late", is(true))
                .body("items[0].riskReason", containsString("not shipped"));
        list().queryParam("q", tag).queryParam("atRisk", true).get("/api/jobs").then()
                .body("items.id", contains(risky)).body("items[0].remainingHours", is(80.0f))
                .body("items[0].riskReason", containsString("working days of planned work"));
        list().queryParam("q", tag).queryParam("blocked", true).get("/api/jobs").then()
                .body("items.id", contains(blocked)).body("items[0].openBlockers", is(1));
        list().queryParam("q", tag).queryParam("blocked", false).get("/api/jobs").then()
                .body("items.id", not(hasItem(blocked))).body("items", hasSize(3));
        list().queryParam("q", tag).queryParam("dueFrom", LocalDate.now().plusDays(30).toString())
                .queryParam("dueTo", LocalDate.now().plusDays(50).toString()).get("/api/jobs").then()
                .body("items.id", contains(blocked));
        list().queryParam("q", tag).queryParam("stage", "PLANNED").queryParam("stage", "RELEASED")
                .queryParam("sort", "-dueDate").get("/api/jobs").then()
                .body("items.id", contains(calm, blocked, risky, late));
        given().auth().oauth2(alex).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "dueDate")
                .queryParam("late", false).get("/api/jobs").then()
                .body("total", is(3)).body("items.id", contains(calm));
    }

    @Test
    void priority_sorts_by_urgency_and_text_search_treats_wildcards_literally() {
        String tag = "P" + UUID.randomUUID().toString().substring(0, 8);
        for (String priority : List.of("LOW", "URGENT", "NORMAL", "HIGH")) {
            given().auth().oauth2(alex).contentType(ContentType.JSON)
                    .body(Map.of("customerName", "Sort Co", "partNumber", tag + "-" + priority, "revision", "A",
                            "quantity", 1, "dueDate", LocalDate.now().plusDays(3).toString(), "priority", priority))
                    .post("/api/jobs").then().statusCode(201);
        }
        list().queryParam("q", tag).queryParam("sort", "-priority").get("/api/jobs").then()
                .body("items.priority", contains("URGENT", "HIGH", "NORMAL", "LOW"));
        list().queryParam("q", "%").get("/api/jobs").then().statusCode(200).body("total", is(0));
        list().queryParam("q", tag.substring(0, 4) + "_").get("/api/jobs").then().body("total", is(0));
    }

    @Test
    void bad_list_parameters_are_a_400_naming_the_parameter() {
        given().auth().oauth2(alex).queryParam("dueFrom", "2030-02-01").queryParam("dueTo", "2030-01-01")
                .get("/api/jobs").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dueTo"));
        given().auth().oauth2(alex).queryParam("sort", "owner; drop table job").get("/api/jobs").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(alex).queryParam("stage", "SOMEWHERE").get("/api/jobs").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("stage"));
        given().auth().oauth2(alex).queryParam("dueFrom", "tomorrow").get("/api/jobs").then().statusCode(400)
                .body("errors.field", hasItem("dueFrom"));
        given().auth().oauth2(alex).queryParam("late", "maybe").get("/api/jobs").then().statusCode(400)
                .body("errors.field", hasItem("late"));
        given().auth().oauth2(alex).queryParam("page", -1).get("/api/jobs").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        given().auth().oauth2(alex).queryParam("size", "ten").get("/api/jobs").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(alex).queryParam("page", "99999999999").get("/api/jobs").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void another_shops_lists_never_show_this_shops_jobs_under_any_filter() {
        String tag = "X" + UUID.randomUUID().toString().substring(0, 8);
        String job = jobs.create(3, LocalDate.now().plusDays(1));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("category", "OTHER", "note", tag))
                .post("/api/jobs/" + job + "/blockers").then().statusCode(201);
        String bea = Tokens.accessToken("bea@bluefin.example");
        String number = given().auth().oauth2(alex).get("/api/jobs/" + job).then().extract().path("number");
        given().auth().oauth2(alex).queryParams(Map.of("blocked", true, "q", number)).get("/api/jobs").then()
                .body("total", is(1));
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of(), Map.of("blocked", true),
                Map.of("atRisk", false), Map.of("late", false))) {
            Map<String, Object> lookup = new java.util.HashMap<>(filter);
            lookup.put("q", number);
            CrossTenantMatrix.assertNotFoundInList(bea, "/api/jobs", lookup);
        }
    }
}
