package app.routecard.marketplace.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operator's scoring settings and the leaderboards, on the real stack, with who may use them. */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class ScoringOperationsTest {

    private final String olivia = Tokens.accessToken("olivia@routecard.example");
    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String alex = Tokens.accessToken("alex@acme.example");

    @Inject
    Scorecards scorecards;

    @Inject
    app.routecard.marketplace.clock.MovableClock clock;

    @Inject
    ObjectMapper json;

    private ObjectNode defaults() {
        return json.valueToTree(SettingsBody.of(ScoringSettings.DEFAULT));
    }

    @Test
    void the_operator_changes_the_settings_with_an_audit_and_bad_values_are_refused_by_name() {
        try {
            ObjectNode unbalanced = defaults();
            ((ObjectNode) unbalanced.get("weights")).put("responsiveness", 10);
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(unbalanced.toString())
                    .put("/api/operations/scoring/settings").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("weights"))
                    .body("errors[0].message", is("must sum to 100, not 90"));
            ObjectNode certain = defaults();
            ((ObjectNode) certain.get("priors").get("quality")).put("mean", 1.0);
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(certain.toString())
                    .put("/api/operations/scoring/settings").then().statusCode(400)
                    .body("errors[0].field", is("priors.quality.mean"));
            ObjectNode target = defaults().put("responseTarget", "a day");
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(target.toString())
                    .put("/api/operations/scoring/settings").then().statusCode(400)
                    .body("errors[0].field", is("responseTarget"));

            ObjectNode faster = defaults().put("halfLifeDays", 60.0);
            given().auth().oauth2(nina).contentType(ContentType.JSON).body(faster.toString())
                    .put("/api/operations/scoring/settings").then().statusCode(403);
            given().auth().oauth2(alex).get("/api/operations/scoring/settings").then().statusCode(403);
            JsonPath saved = given().auth().oauth2(olivia).contentType(ContentType.JSON).body(faster.toString())
                    .put("/api/operations/scoring/settings").then().statusCode(200).extract().jsonPath();
            assertThat(saved.getDouble("stored.settings.halfLifeDays")).isEqualTo(60.0);
            assertThat(saved.getString("stored.updatedBy")).isNotBlank();

            JsonPath change = given().auth().oauth2(olivia).get("/api/operations/scoring/settings/changes").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(change.getDouble("[0].after.halfLifeDays")).isEqualTo(60.0);
            assertThat(change.getString("[0].changedBy")).isEqualTo(saved.getString("stored.updatedBy"));
            assertThat(change.getInt("[0].after.weights.onTime")).isEqualTo(40);
        } finally {
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(defaults().toString())
                    .put("/api/operations/scoring/settings").then().statusCode(200);
        }
        assertThat(given().auth().oauth2(olivia).get("/api/operations/scoring/settings").then().statusCode(200)
                .extract().jsonPath().getDouble("stored.settings.halfLifeDays")).isEqualTo(90.0);
    }

    @Test
    void leaderboards_rank_by_lower_bound_for_the_operator_and_buyers_only() {
        JsonPath board = given().auth().oauth2(olivia).queryParam("size", 200).get("/api/leaderboards").then()
                .statusCode(200).extract().jsonPath();
        List<Float> lowerBounds = board.getList("items.lowerBound", Float.class);
        assertThat(lowerBounds).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(board.getList("items.rank", Integer.class)).startsWith(lowerBounds.isEmpty() ? new Integer[0]
                : new Integer[] {1});
        given().auth().oauth2(nina).queryParam("board", "ON_TIME").queryParam("process", "CNC_TURNING")
                .queryParam("country", "DE").get("/api/leaderboards").then().statusCode(200);
        given().auth().oauth2(nina).queryParam("board", "SPEED").get("/api/leaderboards").then().statusCode(400)
                .body("errors[0].field", is("board"));
        given().auth().oauth2(nina).queryParam("process", "ORIGAMI").get("/api/leaderboards").then()
                .statusCode(400).body("errors[0].field", is("process"));
        given().auth().oauth2(nina).queryParam("country", "de").get("/api/leaderboards").then().statusCode(400);
        given().auth().oauth2(alex).get("/api/leaderboards").then().statusCode(403);
    }

    @Test
    void a_window_ranks_by_recent_work_and_standing_changes_are_listed_with_their_reasons() {
        String supplier = "score-window-" + UUID.randomUUID();
        Instant now = Instant.now();
        // Late six months ago, on time twice this month.
        scorecards.observe(new Observation(supplier, Dimension.ON_TIME, 0, now.minus(Duration.ofDays(180)),
                UUID.randomUUID().toString(), "buyer-w", "job:" + UUID.randomUUID()));
        for (int i = 1; i <= 2; i++) {
            scorecards.observe(new Observation(supplier, Dimension.ON_TIME, 1, now.minus(Duration.ofDays(i)),
                    UUID.randomUUID().toString(), "buyer-w", "job:" + UUID.randomUUID()));
        }
        Map<String, Object> allTime = entry(supplier, null);
        Map<String, Object> lastMonth = entry(supplier, 30);
        assertThat(((Number) allTime.get("observations")).intValue()).isEqualTo(3);
        assertThat(((Number) lastMonth.get("observations")).intValue()).as("the late job is outside the window")
                .isEqualTo(2);
        assertThat(((Number) lastMonth.get("score")).doubleValue())
                .isGreaterThan(((Number) allTime.get("score")).doubleValue());
        given().auth().oauth2(olivia).queryParam("windowDays", "ten").get("/api/leaderboards").then()
                .statusCode(400).body("errors[0].field", is("windowDays"));

        List<Map<String, Object>> changes = given().auth().oauth2(olivia).queryParam("limit", 500)
                .get("/api/operations/scoring/standing-changes").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.supplierTenantId == '" + supplier + "' }");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.get("from")).as("its first scorecard").isNull();
            assertThat(change.get("to")).isEqualTo("NEW");
            assertThat((String) change.get("reason")).contains("on-time delivery observation");
        });
        assertThat(given().auth().oauth2(olivia).get("/api/scorecards/" + supplier).then().statusCode(200)
                .extract().jsonPath().getList("standingChanges.to")).containsExactly("NEW");
        assertThat(given().auth().oauth2(nina).get("/api/scorecards/" + supplier).then().statusCode(200)
                .extract().jsonPath().getList("standingChanges")).as("a buyer is not shown the reasons").isEmpty();
        given().auth().oauth2(nina).get("/api/operations/scoring/standing-changes").then().statusCode(403);
    }

    /** The supplier's entry on the on-time board, over all time or the last {@code days}, paging until found. */
    private Map<String, Object> entry(String supplier, Integer days) {
        for (int page = 0; page < 100; page++) {
            var request = given().auth().oauth2(olivia).queryParam("board", "ON_TIME").queryParam("size", 200)
                    .queryParam("page", page);
            if (days != null) {
                request.queryParam("windowDays", days);
            }
            JsonPath board = request.get("/api/leaderboards").then().statusCode(200).extract().jsonPath();
            Map<String, Object> found = board.getMap("items.find { it.supplierTenantId == '" + supplier + "' }");
            if (found != null) {
                return found;
            }
            if (board.getList("items").size() < 200) {
                break;
            }
        }
        throw new AssertionError(supplier + " is not on the board");
    }

    @Test
    void the_operator_brings_every_scorecard_to_the_present_and_an_old_late_job_weighs_less() {
        String supplier = "score-ageing-" + UUID.randomUUID();
        scorecards.observe(new Observation(supplier, Dimension.ON_TIME, 0, Instant.now(),
                UUID.randomUUID().toString(), "buyer-a", "job:" + UUID.randomUUID()));
        JsonPath before = given().auth().oauth2(olivia).get("/api/scorecards/" + supplier).then().statusCode(200)
                .extract().jsonPath();
        clock.advance(Duration.ofDays(90));
        try {
            assertThat(given().auth().oauth2(olivia).post("/api/operations/scoring/refresh").then().statusCode(200)
                    .extract().jsonPath().getInt("scorecards")).isGreaterThanOrEqualTo(1);
            Map<String, Object> aged = entry(supplier, null);
            assertThat((String) aged.get("asOf")).as("computed as of the moved clock")
                    .startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(90).toString());
            assertThat(((Number) aged.get("score")).doubleValue()).as("a late job one half-life old weighs half")
                    .isGreaterThan(before.getDouble("scorecard.dimensions[0].score"));
        } finally {
            clock.reset();
        }
        given().auth().oauth2(nina).post("/api/operations/scoring/refresh").then().statusCode(403);
    }

    @Test
    void only_the_operator_may_read_or_move_the_market_clock() {
        for (String user : List.of(alex, nina)) {
            given().auth().oauth2(user).get("/api/operations/clock").then().statusCode(403);
            given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("offset", "-P14D"))
                    .put("/api/operations/clock").then().statusCode(403);
        }
        // The operator passes the role check (the test stack's services run with the dev stack's settings, so the
        // clock is adjustable here; it is not moved, the other tests share it).
        given().auth().oauth2(olivia).get("/api/operations/clock").then().statusCode(200)
                .body("offset", is("PT0S"));
    }
}
