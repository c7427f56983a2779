package app.routecard.marketplace.routing;

import static app.routecard.marketplace.MarketplaceFixtures.saveProfile;
import static app.routecard.marketplace.MarketplaceFixtures.tenantOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A posted RFQ on the real stack: the wave runner judges every shop, offers the RFQ to the ones that can make it
 * (in their tenants), stores the decision with every reason in the buyer's, and asks files-service by event to
 * share the RFQ's drawings with each offered shop.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class RoutingFlowTest {

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");

    @Inject
    WaveRunner waves;

    @Inject
    WaveExpiry expiry;

    private List<String> offeredRfqs(String token) {
        return given().auth().oauth2(token).get("/api/offers").then().statusCode(200).extract().jsonPath()
                .getList("rfqId");
    }

    @Test
    void a_posted_rfq_goes_to_the_shops_that_can_make_it_and_the_decision_says_why_not_to_the_others() {
        String acme = tenantOf(alex);
        String bluefin = tenantOf(bea);
        String cobalt = tenantOf(cole);
        TenantEventsFixture.named(bluefin, "bluefin", "Bluefin Fabrication");
        saveProfile(alex, List.of("CNC_MILLING_3_AXIS", "CNC_TURNING"), List.of("Aluminium 6061"));
        saveProfile(bea, List.of("SHEET_METAL", "LASER_CUTTING", "WELDING"), List.of("Aluminium 6061"));
        saveProfile(cole, List.of("CNC_MILLING_5_AXIS"), List.of("Aluminium 6061", "Titanium grade 5"));
        String rfq = given().auth().oauth2(nina).contentType(ContentType.JSON).body(MarketplaceFixtures.bracketRfq())
                .post("/api/rfqs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(nina).post("/api/rfqs/" + rfq + "/post").then().statusCode(200);

        assertThat(waves.runDue()).isGreaterThanOrEqualTo(1);
        assertThat(waves.runDue()).as("an opened wave is not opened again").isZero();

        assertThat(offeredRfqs(alex)).contains(rfq);
        assertThat(offeredRfqs(cole)).as("a 5-axis shop takes 3-axis work").contains(rfq);
        assertThat(offeredRfqs(bea)).doesNotContain(rfq);
        String acmeOffer = given().auth().oauth2(alex).get("/api/offers").then().extract().jsonPath()
                .getString("find { it.rfqId == '" + rfq + "' }.id");
        given().auth().oauth2(cole).get("/api/offers/" + acmeOffer).then().statusCode(404);
        given().auth().oauth2(alex).get("/api/offers/" + acmeOffer).then().statusCode(200)
                .body("rfq.lines[0].material", org.hamcrest.Matchers.is("Aluminium 6061"));

        var routing = given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/routing").then().statusCode(200)
                .extract().jsonPath();
        assertThat(routing.getString("[0].status")).isEqualTo("OPEN");
        assertThat(routing.getList("[0].decision.candidates.findAll { it.offered }.tenantId", String.class))
                .contains(acme, cobalt).doesNotContain(bluefin);
        assertThat(routing.getString("[0].decision.candidates.find { it.tenantId == '" + bluefin
                + "' }.exclusions[0].reason")).startsWith("process not offered");
        given().auth().oauth2(alex).get("/api/rfqs/" + rfq + "/routing").then().statusCode(403);
        // Why not me: Bluefin, judged and left out, reads its own reason and nothing of the others or the buyer.
        String whyNot = given().auth().oauth2(bea).get("/api/routing/not-offered/" + rfq).then().statusCode(200)
                .extract().asString();
        assertThat(whyNot).contains("process not offered").doesNotContain(acme).doesNotContain(cobalt)
                .doesNotContain("Robot arm brackets");
        assertThat(given().auth().oauth2(bea).get("/api/routing/not-offered").then().statusCode(200).extract()
                .jsonPath().getList("rfqId")).contains(rfq);
        given().auth().oauth2(alex).get("/api/routing/not-offered/" + rfq).then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken("kai@kestrel.example")).get("/api/rfqs/" + rfq + "/routing").then()
                .statusCode(404);

        // Bluefin buys a milling machine: the next wave judges its profile as it is now, not as it was first read.
        saveProfile(bea, List.of("SHEET_METAL", "LASER_CUTTING", "WELDING", "CNC_MILLING_3_AXIS"),
                List.of("Aluminium 6061"));

        // Cobalt declines (capacity): its offer is answered, and the RFQ's next wave opens from the rest.
        String cobaltOffer = given().auth().oauth2(cole).get("/api/offers").then().extract().jsonPath()
                .getString("find { it.rfqId == '" + rfq + "' }.id");
        given().auth().oauth2(cole).contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .post("/api/offers/" + cobaltOffer + "/decline").then().statusCode(409)
                .body("title", org.hamcrest.Matchers.is("Refused by rule OtherNeedsWords"));
        given().auth().oauth2(cole).contentType(ContentType.JSON).body(Map.of("reason", "TELEPATHY"))
                .post("/api/offers/" + cobaltOffer + "/decline").then().statusCode(400);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("reason", "CAPACITY"))
                .post("/api/offers/" + cobaltOffer + "/decline").then().statusCode(404);
        given().auth().oauth2(cole).contentType(ContentType.JSON).body(Map.of("reason", "CAPACITY"))
                .post("/api/offers/" + cobaltOffer + "/decline").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("DECLINED"));
        given().auth().oauth2(cole).contentType(ContentType.JSON).body(Map.of("reason", "CAPACITY"))
                .post("/api/offers/" + cobaltOffer + "/decline").then().statusCode(409)
                .body("title", org.hamcrest.Matchers.is("Refused by rule AnswerOnlyOpenOffers"));
        assertThat(waves.runDue()).isGreaterThanOrEqualTo(1);
        var afterDecline = given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/routing").then().statusCode(200)
                .extract().jsonPath();
        assertThat(afterDecline.getInt("size()")).isEqualTo(2);
        List<String> offeredAgain = afterDecline.getList("[1].decision.candidates.findAll { it.offered }.tenantId",
                String.class);
        assertThat(offeredAgain).as("nobody is offered the RFQ twice").doesNotContain(acme, cobalt);
        assertThat(afterDecline.getList("[1].decision.candidates.find { it.tenantId == '" + bluefin
                + "' }.exclusions")).as("Bluefin's changed profile is judged in wave 2").isEmpty();
        assertThat(afterDecline.getString("[1].status")).as("a wave nobody is left for closes at once")
                .isEqualTo(offeredAgain.isEmpty() ? "CLOSED" : "OPEN");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var sent = TopicReader.readAll("routecard.marketplace").stream()
                    .filter(r -> r.value().contains(rfq)).toList();
            assertThat(sent).extracting(r -> r.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"))
                    .contains("marketplace.rfq.posted", "marketplace.offer.sent", "marketplace.routing.decided",
                            "marketplace.offer.declined");
            sent.forEach(r -> assertThat(EventSchemas.problems(r.value())).as(r.value()).isEmpty());
            var shares = TopicReader.readAll("routecard.fileshare").stream().filter(r -> r.value().contains(rfq))
                    .toList();
            shares.forEach(r -> assertThat(EventSchemas.problems(r.value())).as(r.value()).isEmpty());
            // One drawing share per offer, to the offered shop only: Bluefin's only after its profile changed.
            List<String> offered = new ArrayList<>(routing.getList("[0].decision.candidates.findAll { it.offered }"
                    + ".tenantId", String.class));
            offered.addAll(offeredAgain);
            assertThat(shares).extracting(r -> r.value().replaceAll(".*\"granteeTenantId\":\"([^\"]+)\".*", "$1"))
                    .containsExactlyInAnyOrderElementsOf(offered).contains(acme);
        });

        // Nina cancels: the offers still standing are withdrawn on the next tick, and can no longer be answered.
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("reason", "Design changed"))
                .post("/api/rfqs/" + rfq + "/cancel").then().statusCode(200);
        assertThat(expiry.sweep()).isPositive();
        given().auth().oauth2(alex).get("/api/offers/" + acmeOffer).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("WITHDRAWN"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("reason", "CAPACITY"))
                .post("/api/offers/" + acmeOffer + "/decline").then().statusCode(409)
                .body("title", org.hamcrest.Matchers.is("Refused by rule AnswerOnlyOpenOffers"));
        assertThat(given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/routing").then().statusCode(200)
                .extract().jsonPath().getList("status", String.class)).containsOnly("CLOSED");
    }
}
