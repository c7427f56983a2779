package app.routecard.marketplace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.routing.WaveRunner;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every marketplace endpoint at its edges: another buyer or shop gets 404 for what is not theirs (and finds it in
 * no list), and broken bodies, parameters and ids are 4xx problem documents, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class MarketplaceBoundariesTest {

    private static final List<String> BODIES = List.of("{not json", "null", "[]", "{}", "{\"reason\":\"NOPE\"}",
            "{\"lines\":\"many\",\"quoteDeadline\":\"soon\"}", "{\"" + "k".repeat(5000) + "\":1}",
            "{\"processes\":[null],\"maxEnvelope\":{\"lengthMm\":\"big\"}}");

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String kai = Tokens.accessToken("kai@kestrel.example");
    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");

    @Inject
    WaveRunner waves;

    private String postedRfq() {
        Map<String, Object> profile = MarketplaceFixtures.acmeProfile();
        profile.put("maxOpenOffers", 500);
        profile.put("blackouts", List.of());
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(profile).put("/api/profile").then()
                .statusCode(200);
        String rfq = given().auth().oauth2(nina).contentType(ContentType.JSON).body(MarketplaceFixtures.bracketRfq())
                .post("/api/rfqs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(nina).post("/api/rfqs/" + rfq + "/post").then().statusCode(200);
        waves.runDue();
        return rfq;
    }

    @Test
    void another_buyer_and_another_shop_get_404_for_every_rfq_and_offer_endpoint() {
        String rfq = postedRfq();
        String offer = given().auth().oauth2(alex).get("/api/offers").then().statusCode(200).extract().jsonPath()
                .getString("find { it.rfqId == '" + rfq + "' }.id");
        assertThat(offer).as("routing offered Acme the RFQ").isNotNull();
        CrossTenantMatrix.assertHiddenFrom(kai, List.of(Probe.get("/api/rfqs/" + rfq),
                Probe.get("/api/rfqs/" + rfq + "/routing"),
                Probe.put("/api/rfqs/" + rfq, jsonOf(MarketplaceFixtures.bracketRfq())),
                Probe.post("/api/rfqs/" + rfq + "/post", ""),
                Probe.post("/api/rfqs/" + rfq + "/cancel", "{\"reason\":\"x\"}")));
        String number = given().auth().oauth2(nina).get("/api/rfqs/" + rfq).then().extract().path("number");
        CrossTenantMatrix.assertNotFoundInList(kai, "/api/rfqs", Map.of("q", number));
        CrossTenantMatrix.assertHiddenFrom(cole, List.of(Probe.get("/api/offers/" + offer),
                Probe.post("/api/offers/" + offer + "/decline", "{\"reason\":\"CAPACITY\"}")));
        assertThat(given().auth().oauth2(cole).get("/api/offers").then().statusCode(200).extract().jsonPath()
                .getList("id")).doesNotContain(offer);
        given().auth().oauth2(alex).get("/api/offers/" + offer).then().statusCode(200);
    }

    @Test
    void broken_bodies_parameters_and_ids_are_4xx_problems_never_500() {
        String rfq = given().auth().oauth2(nina).contentType(ContentType.JSON).body(MarketplaceFixtures.bracketRfq())
                .post("/api/rfqs").then().statusCode(201).extract().path("id");
        List<String> failures = new ArrayList<>();
        for (String body : BODIES) {
            String shown = body.substring(0, Math.min(50, body.length()));
            check(given().auth().oauth2(nina).contentType(ContentType.JSON).body(body).post("/api/rfqs"),
                    "POST /api/rfqs " + shown, failures);
            check(given().auth().oauth2(nina).contentType(ContentType.JSON).body(body).put("/api/rfqs/" + rfq),
                    "PUT /api/rfqs/{id} " + shown, failures);
            if (!body.contains("\"reason\"")) {
                // (any words are a cancel's reason, so that body would rightly cancel it)
                check(given().auth().oauth2(nina).contentType(ContentType.JSON).body(body)
                        .post("/api/rfqs/" + rfq + "/cancel"), "POST cancel " + shown, failures);
            }
            check(given().auth().oauth2(alex).contentType(ContentType.JSON).body(body).put("/api/profile"),
                    "PUT /api/profile " + shown, failures);
            check(given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                    .post("/api/offers/00000000-0000-0000-0000-000000000000/decline"), "POST decline " + shown,
                    failures);
            check(given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                    .post("/api/offers/00000000-0000-0000-0000-000000000000/counter"), "POST counter " + shown,
                    failures);
            check(given().auth().oauth2(alex).contentType(ContentType.JSON).body(body).post("/api/quotes"),
                    "POST /api/quotes " + shown, failures);
            check(given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                    .put("/api/quotes/00000000-0000-0000-0000-000000000000"), "PUT quote " + shown, failures);
            check(given().auth().oauth2(nina).contentType(ContentType.JSON).body(body)
                    .post("/api/rfqs/" + rfq + "/awards"), "POST awards " + shown, failures);
            check(given().auth().oauth2(nina).contentType(ContentType.JSON).body(body)
                    .post("/api/orders/00000000-0000-0000-0000-000000000000/receipts"), "POST receipt " + shown,
                    failures);
        }
        for (String query : List.of("status=SOMEWHERE", "page=ten", "size=0", "size=100000", "order=sideways",
                "q=" + "x".repeat(200))) {
            check(given().auth().oauth2(nina).get("/api/rfqs?" + query), "GET /api/rfqs?" + query, failures);
        }
        for (String path : List.of("/api/rfqs/not-a-uuid", "/api/rfqs/not-a-uuid/routing",
                "/api/rfqs/not-a-uuid/comparison", "/api/orders/not-a-uuid", "/api/orders?rfq=nope",
                "/api/offers/not-a-uuid", "/api/quotes/not-a-uuid", "/api/awards/not-a-uuid",
                "/api/routing/not-offered/not-a-uuid")) {
            boolean shop = path.contains("offers") || path.contains("quotes") || path.contains("awards")
                    || path.contains("routing/not");
            check(given().auth().oauth2(shop ? alex : nina).get(path), "GET " + path, failures);
        }
        check(given().auth().oauth2(nina).post("/api/rfqs/not-a-uuid/post"), "POST post not-a-uuid", failures);
        // The scoring endpoints: the operator's settings and suspensions, leaderboards and scorecard history.
        String olivia = Tokens.accessToken("olivia@routecard.example");
        for (String body : BODIES) {
            String shown = body.substring(0, Math.min(50, body.length()));
            check(given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body)
                    .put("/api/operations/scoring/settings"), "PUT scoring settings " + shown, failures);
            check(given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body)
                    .post("/api/operations/scoring/suppliers/no-such-shop/suspension"), "POST suspension " + shown,
                    failures);
            // A bad offset is refused naming the field (and where the clock is not adjustable, 404 whatever the body).
            check(given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body)
                    .put("/api/operations/clock"), "PUT clock " + shown, failures);
        }
        for (String query : List.of("board=SPEED", "process=ORIGAMI", "country=deu", "page=-1", "size=0",
                "windowDays=ten", "windowDays=0", "windowDays=99999")) {
            check(given().auth().oauth2(olivia).get("/api/leaderboards?" + query), "GET leaderboards?" + query,
                    failures);
        }
        for (String query : List.of("period=DAILY", "count=1", "count=ten")) {
            check(given().auth().oauth2(olivia).get("/api/scorecards/" + MarketplaceFixtures.tenantOf(alex)
                    + "/history?" + query), "GET scorecard history?" + query, failures);
        }
        check(given().auth().oauth2(olivia).get("/api/operations/scoring/settings/changes?limit=0"),
                "GET settings changes?limit=0", failures);
        check(given().auth().oauth2(olivia).get("/api/operations/scoring/standing-changes?limit=501"),
                "GET standing changes?limit=501", failures);
        assertThat(failures).as("answers that were not a 4xx problem document").isEmpty();
    }

    private static void check(Response response, String what, List<String> failures) {
        int status = response.statusCode();
        String body = response.asString();
        if (status < 400 || status >= 500 || !String.valueOf(response.contentType()).startsWith(
                "application/problem+json") || body.contains("Exception") || body.contains("\tat ")) {
            failures.add(what + " -> " + status + " " + response.contentType() + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }

    private static String jsonOf(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
