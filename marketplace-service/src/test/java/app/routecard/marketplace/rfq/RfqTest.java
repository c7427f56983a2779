package app.routecard.marketplace.rfq;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A buyer's RFQs on the real stack: drafted, changed, posted once, cancelled; the buyer's own only. */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class RfqTest {

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String kai = Tokens.accessToken("kai@kestrel.example");
    private final String alex = Tokens.accessToken("alex@acme.example");


    private ValidatableResponse create(String token, Map<String, Object> rfq) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(rfq).post("/api/rfqs").then();
    }

    @Test
    void a_buyer_drafts_changes_posts_and_cancels_an_rfq_and_each_step_is_said_once() {
        String id = create(nina, MarketplaceFixtures.bracketRfq()).statusCode(201).body("status", is("DRAFT"))
                .body("number", matchesPattern("R-\\d{4}-\\d{4}")).body("lines[0].quantities[1]", is(250))
                .extract().path("id");
        Map<String, Object> changed = MarketplaceFixtures.bracketRfq();
        changed.put("title", "Robot arm brackets, anodized");
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(changed).put("/api/rfqs/" + id).then()
                .statusCode(200).body("title", is("Robot arm brackets, anodized")).body("lines.size()", is(1));
        given().auth().oauth2(nina).queryParam("status", "DRAFT").get("/api/rfqs").then().statusCode(200)
                .body("items.id", hasItem(id));

        given().auth().oauth2(nina).post("/api/rfqs/" + id + "/post").then().statusCode(200)
                .body("status", is("OPEN"));
        given().auth().oauth2(nina).post("/api/rfqs/" + id + "/post").then().statusCode(409)
                .body("title", is("Refused by rule PostOnlyDrafts"));
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(changed).put("/api/rfqs/" + id).then()
                .statusCode(409).body("title", is("Refused by rule OnlyDraftsChange"));
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("reason", "Design changed"))
                .post("/api/rfqs/" + id + "/cancel").then().statusCode(200).body("status", is("CANCELLED"))
                .body("cancelReason", is("Design changed"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var mine = TopicReader.readAll("routecard.marketplace").stream().filter(r -> id.equals(r.key()))
                    .toList();
            assertThat(mine).extracting(r -> r.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"))
                    .containsExactly("marketplace.rfq.posted", "marketplace.rfq.cancelled");
            mine.forEach(r -> assertThat(EventSchemas.problems(r.value())).as(r.value()).isEmpty());
        });
    }

    @Test
    void an_rfq_is_the_buyers_own_and_no_supplier_reads_the_buyers_list() {
        String id = create(nina, MarketplaceFixtures.bracketRfq()).statusCode(201).extract().path("id");
        given().auth().oauth2(kai).get("/api/rfqs/" + id).then().statusCode(404);
        given().auth().oauth2(kai).post("/api/rfqs/" + id + "/post").then().statusCode(404);
        given().auth().oauth2(kai).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/rfqs/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(kai).get("/api/rfqs").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(alex).get("/api/rfqs/" + id).then().statusCode(403);
    }

    @Test
    void an_rfq_that_cannot_be_is_refused_naming_the_field() {
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        Map<String, Object> line = new HashMap<>(((List<Map<String, Object>>) MarketplaceFixtures.bracketRfq().get("lines")).get(0));
        cases.put("lines[0].process", Map.of("lines", List.of(with(line, "process", "TELEPORTATION"))));
        cases.put("lines[0].quantities", Map.of("lines", List.of(with(line, "quantities", List.of(-5)))));
        cases.put("lines[0].envelope", Map.of("lines", List.of(with(line, "envelope",
                Map.of("lengthMm", 0, "widthMm", 80, "heightMm", 30)))));
        cases.put("quoteDeadline", Map.of("quoteDeadline", OffsetDateTime.now().minusHours(1).toString()));
        cases.put("currency", Map.of("currency", "XYZ"));
        cases.put("targetShipDate", Map.of("targetShipDate", LocalDate.now().plusDays(2).toString()));
        cases.forEach((field, change) -> {
            Map<String, Object> rfq = MarketplaceFixtures.bracketRfq();
            rfq.putAll(change);
            create(nina, rfq).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
        });
    }

    private static Map<String, Object> with(Map<String, Object> line, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(line);
        changed.put(key, value);
        return changed;
    }
}
