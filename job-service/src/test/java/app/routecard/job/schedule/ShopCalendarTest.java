package app.routecard.job.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import app.routecard.job.JobFixture;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * "Today", "past", "late" and "on time" are the shop's own calendar's. Kiritimati (UTC+14) and Pago Pago (UTC-11)
 * are 25 hours apart, so their dates always differ, whatever the hour the test runs.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class ShopCalendarTest {

    private static final ZoneId EAST = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId WEST = ZoneId.of("Pacific/Pago_Pago");

    @Test
    void due_dates_lateness_and_on_time_follow_the_shops_time_zone_from_its_tenant_events() {
        String cole = Tokens.accessToken("cole@cobalt.example");
        String cobalt = Tokens.claims(cole).path("tenant").path("cobalt").path("id").asText();
        JobFixture jobs = new JobFixture(cole);
        try {
            TenantEventsFixture.publish("tenant.updated", cobalt, "cobalt", "ACTIVE", null, WEST.getId());
            LocalDate westToday = LocalDate.now(WEST);
            AtomicReference<String> open = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    open.set(given().auth().oauth2(cole).contentType(ContentType.JSON)
                            .body(Map.of("customerName", "West Coast Co", "partNumber", "TZ-1", "revision", "A",
                                    "quantity", 1, "dueDate", LocalDate.now(WEST).toString()))
                            .post("/api/jobs").then().statusCode(201).extract().path("id")));
            given().auth().oauth2(cole).get("/api/jobs/" + open.get()).then().body("late", is(false));

            String shipped = jobs.readyToShip(2, westToday);
            String shippedAt = jobs.ship(shipped, Map.of("quantity", 2)).statusCode(201).body("onTime", is(true))
                    .extract().path("shippedAt");
            assertThat(OffsetDateTime.parse(shippedAt).getOffset()).isEqualTo(WEST.getRules()
                    .getOffset(OffsetDateTime.parse(shippedAt).toInstant()));

            TenantEventsFixture.publish("tenant.updated", cobalt, "cobalt", "ACTIVE", null, EAST.getId());
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    given().auth().oauth2(cole).get("/api/jobs/" + open.get()).then().body("late", is(true)));
            given().auth().oauth2(cole).contentType(ContentType.JSON)
                    .body(Map.of("customerName", "x", "partNumber", "TZ-2", "revision", "A", "quantity", 1,
                            "dueDate", westToday.toString()))
                    .post("/api/jobs").then().statusCode(400).body("errors.field", hasItem("dueDate"));
        } finally {
            TenantEventsFixture.publish("tenant.updated", cobalt, "cobalt", "ACTIVE", null, "UTC");
        }
    }
}
