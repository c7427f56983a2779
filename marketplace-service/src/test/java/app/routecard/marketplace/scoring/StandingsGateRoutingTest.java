package app.routecard.marketplace.scoring;

import static app.routecard.marketplace.MarketplaceFixtures.saveProfile;
import static app.routecard.marketplace.MarketplaceFixtures.tenantOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.marketplace.routing.WaveRunner;
import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Standings gate routing, on the real stack: a supplier the operator suspends gets no offer and its reason says so;
 * a supplier whose late jobs put it on probation gets none beyond its cap. Everything is put back afterwards, as
 * the other tests of the module share these shops.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class StandingsGateRoutingTest {

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");
    private final String olivia = Tokens.accessToken("olivia@routecard.example");

    @Inject
    WaveRunner waves;

    @Inject
    Scorecards scorecards;

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    private String settings(int probationMaxOpenJobs) {
        ObjectNode body = json.valueToTree(SettingsBody.of(ScoringSettings.DEFAULT));
        ((ObjectNode) body.get("caps")).put("probationMaxOpenJobs", probationMaxOpenJobs);
        return body.toString();
    }

    @Test
    void a_suspended_supplier_gets_no_offer_and_one_on_probation_none_beyond_its_cap() {
        String acme = tenantOf(alex);
        String bluefin = tenantOf(bea);
        String cobalt = tenantOf(cole);
        String lateJobs = "job:gate-test-" + UUID.randomUUID() + "-";
        saveProfile(alex, List.of("CNC_MILLING_3_AXIS"), List.of("Aluminium 6061"));
        saveProfile(bea, List.of("CNC_MILLING_3_AXIS", "SHEET_METAL"), List.of("Aluminium 6061"));
        saveProfile(cole, List.of("CNC_MILLING_5_AXIS"), List.of("Aluminium 6061"));
        try {
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(Map.of("reason", " "))
                    .post("/api/operations/scoring/suppliers/" + bluefin + "/suspension").then().statusCode(400)
                    .body("errors[0].field", is("reason"));
            given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("reason", "forged certificate"))
                    .post("/api/operations/scoring/suppliers/" + bluefin + "/suspension").then().statusCode(403);
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(Map.of("reason", "forged certificate"))
                    .post("/api/operations/scoring/suppliers/no-such-shop/suspension").then().statusCode(404);
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(Map.of("reason", "forged certificate"))
                    .post("/api/operations/scoring/suppliers/" + bluefin + "/suspension").then().statusCode(200)
                    .body("standing", is("SUSPENDED"));

            // Six late deliveries: Cobalt is judged (five or more jobs) and lands on probation.
            for (int job = 0; job < 6; job++) {
                scorecards.observe(new Observation(cobalt, Dimension.ON_TIME, 0, Instant.now(),
                        UUID.randomUUID().toString(), "gate-test-buyer", lateJobs + job));
            }
            given().auth().oauth2(olivia).get("/api/scorecards/" + cobalt).then().statusCode(200)
                    .body("standing", is("PROBATION"));
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(settings(0))
                    .put("/api/operations/scoring/settings").then().statusCode(200);

            String rfq = given().auth().oauth2(nina).contentType(ContentType.JSON)
                    .body(MarketplaceFixtures.bracketRfq()).post("/api/rfqs").then().statusCode(201).extract()
                    .path("id");
            given().auth().oauth2(nina).post("/api/rfqs/" + rfq + "/post").then().statusCode(200);
            assertThat(waves.runDue()).isPositive();

            JsonPath routing = given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/routing").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(routing.getList("[0].decision.candidates.findAll { it.offered }.tenantId", String.class))
                    .contains(acme).doesNotContain(bluefin, cobalt);
            assertThat(routing.getString("[0].decision.candidates.find { it.tenantId == '" + bluefin
                    + "' }.exclusions[0].reason")).isEqualTo("standing suspended");
            assertThat(routing.getString("[0].decision.candidates.find { it.tenantId == '" + cobalt
                    + "' }.exclusions[0].reason")).isEqualTo("on probation, at its cap of 0 open marketplace jobs");
            given().auth().oauth2(bea).get("/api/routing/not-offered/" + rfq).then().statusCode(200)
                    .body("reasons[0]", is("standing suspended"));
            given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("reason", "test over"))
                    .post("/api/rfqs/" + rfq + "/cancel").then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var changes = TopicReader.readAll("routecard.marketplace").stream()
                        .filter(r -> r.value().contains("marketplace.standing.changed"))
                        .filter(r -> r.value().contains("forged certificate")).toList();
                assertThat(changes).isNotEmpty();
                changes.forEach(r -> assertThat(EventSchemas.problems(r.value())).as(r.value()).isEmpty());
            });
        } finally {
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(Map.of("reason", "test over"))
                    .post("/api/operations/scoring/suppliers/" + bluefin + "/reinstatement").then().statusCode(200);
            TenantTransactions.allTenants("the test takes back the late jobs it made up", () -> {
                entities.createNativeQuery("delete from score_observation where subject like :jobs")
                        .setParameter("jobs", lateJobs + "%").executeUpdate();
                // Observations taken away behind the read model's back: its decayed sums are counted again.
                entities.createNativeQuery("update supplier_scorecard set totals_half_life = null where tenant_id = :s")
                        .setParameter("s", cobalt).executeUpdate();
                scorecards.refresh(cobalt, "test over", null);
                return null;
            });
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(settings(1))
                    .put("/api/operations/scoring/settings").then().statusCode(200);
            saveProfile(bea, List.of("SHEET_METAL", "LASER_CUTTING", "WELDING"), List.of("Aluminium 6061"));
        }
        assertThat(given().auth().oauth2(olivia).get("/api/scorecards/" + cobalt).then().statusCode(200).extract()
                .jsonPath().getString("standing")).as("Cobalt's made-up late jobs are gone").isNotEqualTo("PROBATION");
    }
}
