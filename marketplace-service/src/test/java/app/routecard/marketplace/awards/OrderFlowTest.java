package app.routecard.marketplace.awards;

import static app.routecard.marketplace.MarketplaceFixtures.tenantOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.marketplace.clock.MovableClock;
import app.routecard.marketplace.routing.RoutingSchedule;
import app.routecard.platform.events.EventSchemas;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.testing.TopicReader;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The marketplace from post to receipt on the real stack, with the clock moved by the test: Northwind posts;
 * Acme and Cobalt are offered, Bluefin is not; Cobalt declines; Acme quotes; the wave's 48 hours pass with too few
 * quotes and the next wave reaches Bluefin (which took up milling meanwhile), who counters; the award of an expired
 * quote and of a counter are refused by rule; Acme revises and wins; the losers are not awarded; Acme
 * acknowledges; the job's events (as job-service publishes them) move Northwind's order; Northwind records a
 * receipt. Every event validates against its schema.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class OrderFlowTest {

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");
    private final String kai = Tokens.accessToken("kai@kestrel.example");

    @Inject
    RoutingSchedule routing;

    @Inject
    MovableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private static void profile(String token, List<String> processes) {
        Map<String, Object> profile = MarketplaceFixtures.acmeProfile();
        profile.put("processes", processes);
        profile.put("maxOpenOffers", 500);
        profile.put("blackouts", List.of());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/profile").then()
                .statusCode(200);
    }

    private static String offerOf(String token, String rfq) {
        return given().auth().oauth2(token).get("/api/offers").then().statusCode(200).extract().jsonPath()
                .getString("find { it.rfqId == '" + rfq + "' }.id");
    }

    private static Map<String, Object> quote(String offer, String line, String firstPrice, String validUntil) {
        return Map.of("offerId", offer, "validUntil", validUntil, "notes", "anodizing by our partner",
                "lines", List.of(Map.of("lineId", line, "leadDays", 12, "prices", List.of(
                        Map.of("quantity", 50, "unitPrice", firstPrice),
                        Map.of("quantity", 250, "unitPrice", "14.20")))));
    }

    private static String jsonOf(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publishJobEvent(String shop, String job, String type, String data) {
        TopicWriter.publish("routecard.job", job, TopicWriter.cloudEvent(UUID.randomUUID(), type, shop, job, data));
    }

    @Test
    void post_route_decline_expire_counter_quote_award_acknowledge_follow_and_receive() {
        String acme = tenantOf(alex);
        String bluefin = tenantOf(bea);
        TenantEventsFixture.named(acme, "acme", "Acme Precision");
        TenantEventsFixture.named(bluefin, "bluefin", "Bluefin Fabrication");
        profile(alex, List.of("CNC_MILLING_3_AXIS", "CNC_TURNING"));
        profile(bea, List.of("SHEET_METAL", "LASER_CUTTING", "WELDING"));
        profile(cole, List.of("CNC_MILLING_5_AXIS"));
        String rfq = given().auth().oauth2(nina).contentType(ContentType.JSON).body(MarketplaceFixtures.bracketRfq())
                .post("/api/rfqs").then().statusCode(201).extract().path("id");
        String line = given().auth().oauth2(nina).get("/api/rfqs/" + rfq).then().extract().path("lines[0].id");
        given().auth().oauth2(nina).post("/api/rfqs/" + rfq + "/post").then().statusCode(200);
        routing.tick();

        String acmeOffer = offerOf(alex, rfq);
        String coleOffer = offerOf(cole, rfq);
        assertThat(acmeOffer).isNotNull();
        assertThat(coleOffer).isNotNull();
        assertThat(offerOf(bea, rfq)).as("process not offered").isNull();
        given().auth().oauth2(alex).get("/api/offers/" + acmeOffer).then().statusCode(200)
                .body("status", is("VIEWED"));
        given().auth().oauth2(cole).contentType(ContentType.JSON).body(Map.of("reason", "LEAD_TIME"))
                .post("/api/offers/" + coleOffer + "/decline").then().statusCode(200);
        routing.tick();
        profile(bea, List.of("SHEET_METAL", "LASER_CUTTING", "WELDING", "CNC_MILLING_3_AXIS"));

        // Acme quotes: a price of 0 and a missing break are 400s naming the field; then a quote valid for a day.
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(quote(acmeOffer, line, "0", LocalDate.now().plusDays(1).toString()))
                .post("/api/quotes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("lines[0].prices[0].unitPrice"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("offerId", acmeOffer,
                        "validUntil", LocalDate.now().plusDays(1).toString(), "lines", List.of(Map.of("lineId", line,
                                "leadDays", 12, "prices", List.of(Map.of("quantity", 50, "unitPrice", "15"))))))
                .post("/api/quotes").then().statusCode(400).body("errors[0].field", is("lines[0].prices"));
        String acmeQuote = given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(quote(acmeOffer, line, "18.50", LocalDate.now().plusDays(1).toString()))
                .post("/api/quotes").then().statusCode(201).body("status", is("SUBMITTED")).extract().path("id");
        given().auth().oauth2(bea).get("/api/quotes/" + acmeQuote).then().statusCode(404);
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(quote(acmeOffer, line, "18.50", LocalDate.now().plusDays(1).toString()))
                .post("/api/quotes").then().statusCode(409).body("title", is("Refused by rule AnswerOnlyOpenOffers"));

        // 49 hours later: wave 1 ended with one quote of three wanted, so wave 3 goes to Bluefin.
        clock.advance(Duration.ofHours(49));
        assertThat(routing.tick()).isGreaterThanOrEqualTo(1);
        String beaOffer = offerOf(bea, rfq);
        assertThat(beaOffer).as("the wave after the expiry reaches the shop that took up milling").isNotNull();
        JsonPath waves = given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/routing").then().statusCode(200)
                .extract().jsonPath();
        assertThat(waves.getList("status", String.class)).containsExactly("CLOSED", "CLOSED", "OPEN");
        given().auth().oauth2(bea).contentType(ContentType.JSON).body(Map.of("leadDays", 30, "note", "we are full"))
                .post("/api/offers/" + beaOffer + "/counter").then().statusCode(200).body("status", is("COUNTERED"))
                .body("answer.kind", is("COUNTER"));
        String counter = given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/quotes").then().statusCode(200)
                .extract().jsonPath().getString("find { it.kind == 'COUNTER' }.id");

        // The buyer compares; the expired quote and the counter are refused by rule.
        JsonPath compared = given().auth().oauth2(nina).get("/api/rfqs/" + rfq + "/comparison").then()
                .statusCode(200).extract().jsonPath();
        assertThat(compared.getString("lines[0].rows[0].notAwardableBecause")).startsWith("the quote expired");
        assertThat(compared.getString("counters[0].supplierName")).isEqualTo("Bluefin Fabrication");
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("quoteId", acmeQuote))
                .post("/api/rfqs/" + rfq + "/awards").then().statusCode(409)
                .body("title", is("Refused by rule NoAwardOfExpiredQuote"));
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("quoteId", counter))
                .post("/api/rfqs/" + rfq + "/awards").then().statusCode(409)
                .body("title", is("Refused by rule AwardQuotesNotCounters"));

        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(quote(acmeOffer, line, "17.90", LocalDate.now().plusDays(30).toString()))
                .put("/api/quotes/" + acmeQuote).then().statusCode(200).body("revision", is(2));
        given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("quoteId", acmeQuote, "lines", List.of(Map.of("lineId", line, "quantity", 99))))
                .post("/api/rfqs/" + rfq + "/awards").then().statusCode(400)
                .body("errors[0].field", is("lines[0].quantity"));
        String order = given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("quoteId", acmeQuote, "lines", List.of(Map.of("lineId", line, "quantity", 250))))
                .post("/api/rfqs/" + rfq + "/awards").then().statusCode(201).extract().path("[0].orderId");
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("quoteId", acmeQuote))
                .post("/api/rfqs/" + rfq + "/awards").then().statusCode(409)
                .body("title", is("Refused by rule AwardOnlyUndecidedRfqs"));
        given().auth().oauth2(nina).get("/api/rfqs/" + rfq).then().body("status", is("AWARDED"));
        given().auth().oauth2(alex).get("/api/quotes/" + acmeQuote).then().body("status", is("AWARDED"));
        assertThat(given().auth().oauth2(bea).get("/api/quotes").then().extract().jsonPath()
                .getString("find { it.rfqId == '" + rfq + "' }.status")).isEqualTo("NOT_AWARDED");
        given().auth().oauth2(nina).get("/api/orders/" + order).then().statusCode(200)
                .body("status", is("AWARDED")).body("quantity", is(250)).body("unitPrice", is(14.2f))
                .body("supplierName", is("Acme Precision"));

        // Acme acknowledges; only Acme can, once.
        given().auth().oauth2(bea).post("/api/awards/" + order + "/acknowledge").then().statusCode(404);
        given().auth().oauth2(alex).post("/api/awards/" + order + "/acknowledge").then().statusCode(200)
                .body("status", is("ACKNOWLEDGED"));
        given().auth().oauth2(alex).post("/api/awards/" + order + "/acknowledge").then().statusCode(409);
        given().auth().oauth2(nina).get("/api/orders/" + order).then().body("status", is("ACKNOWLEDGED"));
        given().auth().oauth2(kai).get("/api/orders/" + order).then().statusCode(404);
        given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("received", 10, "accepted", 10, "rejected", 0))
                .post("/api/orders/" + order + "/receipts").then().statusCode(409)
                .body("title", is("Refused by rule ReceiveOnlyWhatShipped"));

        // The job's events, as job-service publishes them in Acme's tenant, move Northwind's order.
        String job = UUID.randomUUID().toString();
        publishJobEvent(acme, job, "job.created", "{\"jobId\":\"" + job + "\",\"number\":\"J-2026-0901\","
                + "\"stage\":\"planned\",\"reason\":null,\"partNumber\":\"BRKT-1001\",\"quantity\":250,\"dueDate\":\""
                + LocalDate.now().plusDays(12) + "\",\"awardId\":\"" + order + "\"}");
        publishJobEvent(acme, job, "job.released", "{\"jobId\":\"" + job + "\",\"number\":\"J-2026-0901\","
                + "\"stage\":\"released\",\"reason\":null,\"partNumber\":\"BRKT-1001\",\"quantity\":250,"
                + "\"dueDate\":\"" + LocalDate.now().plusDays(12) + "\"}");
        publishJobEvent(acme, job, "job.step.completed", "{\"jobId\":\"" + job + "\",\"jobNumber\":\"J-2026-0901\","
                + "\"stepId\":\"" + UUID.randomUUID() + "\",\"position\":1,\"name\":\"Mill\",\"operator\":\"sam\","
                + "\"goodQuantity\":250,\"scrapQuantity\":0}");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().auth().oauth2(nina)
                .get("/api/orders/" + order).then().body("status", is("IN_PRODUCTION"))
                .body("jobNumber", is("J-2026-0901")).body("stepsDone", is(1))
                .body("updates.summary", org.hamcrest.Matchers.hasItems("Acknowledged by the shop",
                        "The shop planned it as job J-2026-0901", "Released to the shop floor",
                        "Step 1 Mill done (250 good)")));
        given().auth().oauth2(alex).get("/api/awards/" + order).then().body("jobNumber", is("J-2026-0901"));
        publishJobEvent(acme, job, "job.shipped", "{\"jobId\":\"" + job + "\",\"number\":\"J-2026-0901\","
                + "\"shipmentId\":\"" + UUID.randomUUID() + "\",\"quantity\":250,\"shippedQuantity\":250,"
                + "\"orderedQuantity\":250,\"complete\":true,\"carrier\":\"DHL\",\"trackingNumber\":\"JD0123\","
                + "\"shippedAt\":\"" + OffsetDateTime.now() + "\",\"dueDate\":\"" + LocalDate.now().plusDays(12)
                + "\",\"onTime\":true,\"stage\":\"shipped\"}");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().auth().oauth2(nina)
                .get("/api/orders/" + order).then().body("status", is("SHIPPED")).body("shippedQuantity", is(250)));

        given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("received", 250, "accepted", 245, "rejected", 5))
                .post("/api/orders/" + order + "/receipts").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("received", 250, "accepted", 245, "rejected", 5, "reason", "burr on the bore"))
                .post("/api/orders/" + order + "/receipts").then().statusCode(200)
                .body("status", is("DELIVERED")).body("acceptedQuantity", is(245))
                .body("receipts[0].reason", is("burr on the bore"));
        given().auth().oauth2(kai).contentType(ContentType.JSON)
                .body(Map.of("received", 1, "accepted", 1, "rejected", 0))
                .post("/api/orders/" + order + "/receipts").then().statusCode(404);
        // Later Northwind finds a crack in three accepted parts and sends them back: an NCR on Acme's job (job-service
        // follows marketplace.return.recorded) and a failed quality observation.
        given().auth().oauth2(nina).contentType(ContentType.JSON).body(Map.of("quantity", 3, "reason", " "))
                .post("/api/orders/" + order + "/returns").then().statusCode(400).body("errors[0].field", is("reason"));
        given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("quantity", 246, "reason", "cracked at the flange"))
                .post("/api/orders/" + order + "/returns").then().statusCode(409)
                .body("title", is("Refused by rule ReturnOnlyWhatWasAccepted"));
        given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(Map.of("quantity", 3, "reason", "cracked at the flange"))
                .post("/api/orders/" + order + "/returns").then().statusCode(200)
                .body("returnedQuantity", is(3)).body("returns[0].quantity", is(3))
                .body("returns[0].reason", is("cracked at the flange"));
        given().auth().oauth2(kai).contentType(ContentType.JSON).body(Map.of("quantity", 1, "reason", "none"))
                .post("/api/orders/" + order + "/returns").then().statusCode(404);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("quantity", 1, "reason", "none"))
                .post("/api/orders/" + order + "/returns").then().statusCode(403);

        // Acme's scorecard follows the events: its quote and acknowledgement (responsiveness), the completing
        // shipment (on time) and Northwind's receipt (245 of 250 accepted).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath card = given().auth().oauth2(alex).get("/api/scorecards/" + acme).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(card.getList("observations.subject", String.class))
                    .contains("job:" + job, "award:" + order, "offer:" + acmeOffer)
                    .anySatisfy(subject -> assertThat(subject).startsWith("receipt:"))
                    .anySatisfy(subject -> assertThat(subject).startsWith("return:"));
            assertThat(card.getDouble("observations.find { it.subject.startsWith('return:') }.success"))
                    .as("a return is a failed quality observation").isZero();
            assertThat(card.getDouble("observations.find { it.subject.startsWith('receipt:') && it.buyerTenantId == '"
                    + tenantOf(nina) + "' }.success")).isEqualTo(0.98);
            assertThat(card.getInt("scorecard.dimensions.find { it.dimension == 'ON_TIME' }.count")).isPositive();
        });
        JsonPath network = given().auth().oauth2(nina).get("/api/scorecards/" + acme).then().statusCode(200)
                .extract().jsonPath();
        assertThat(network.getString("view")).isEqualTo("network");
        assertThat(network.getList("observations.subject")).as("a buyer sees no other buyer's orders")
                .containsOnlyNulls();
        JsonPath mine = given().auth().oauth2(nina).queryParam("view", "mine").get("/api/scorecards/" + acme).then()
                .statusCode(200).extract().jsonPath();
        assertThat(mine.getList("observations.buyerTenantId", String.class)).isNotEmpty()
                .containsOnly(tenantOf(nina));
        assertThat(given().auth().oauth2(kai).queryParam("view", "mine").get("/api/scorecards/" + acme).then()
                .statusCode(200).extract().jsonPath().getList("observations")).as("Kestrel bought nothing from Acme")
                .isEmpty();
        given().auth().oauth2(bea).get("/api/scorecards/" + acme).then().statusCode(404);
        given().auth().oauth2(nina).get("/api/scorecards/no-such-shop").then().statusCode(404);

        // Who sees what: the buyer's side is hidden from the other buyer, the winning shop's from the other shops.
        String acmeQuoteBody = jsonOf(quote(acmeOffer, line, "17.00", LocalDate.now().plusDays(30).toString()));
        CrossTenantMatrix.assertHiddenFrom(kai, List.of(Probe.get("/api/rfqs/" + rfq + "/quotes"),
                Probe.get("/api/rfqs/" + rfq + "/comparison"),
                Probe.post("/api/rfqs/" + rfq + "/awards", "{\"quoteId\":\"" + acmeQuote + "\"}"),
                Probe.get("/api/orders/" + order),
                Probe.post("/api/orders/" + order + "/receipts", "{\"received\":1,\"accepted\":1,\"rejected\":0}"),
                Probe.post("/api/orders/" + order + "/returns", "{\"quantity\":1,\"reason\":\"none\"}")));
        assertThat(given().auth().oauth2(kai).get("/api/orders").then().statusCode(200).extract().jsonPath()
                .getList("id")).doesNotContain(order);
        for (String otherShop : List.of(bea, cole)) {
            CrossTenantMatrix.assertHiddenFrom(otherShop, List.of(Probe.get("/api/quotes/" + acmeQuote),
                    Probe.put("/api/quotes/" + acmeQuote, acmeQuoteBody),
                    Probe.post("/api/quotes/" + acmeQuote + "/withdraw", "{}"),
                    Probe.get("/api/awards/" + order), Probe.post("/api/awards/" + order + "/acknowledge", null),
                    Probe.get("/api/offers/" + acmeOffer),
                    Probe.post("/api/offers/" + acmeOffer + "/counter", "{\"leadDays\":3}")));
            assertThat(given().auth().oauth2(otherShop).get("/api/awards").then().statusCode(200).extract()
                    .jsonPath().getList("id")).doesNotContain(order);
        }
        given().auth().oauth2(alex).get("/api/orders/" + order).then().statusCode(403);

        // Why not me: Cobalt was offered (and declined), so it has no reason to read; a shop judged and left out
        // reads its own reason only; the operator reads the whole decision.
        given().auth().oauth2(cole).get("/api/routing/not-offered/" + rfq).then().statusCode(404);
        String olivia = Tokens.accessToken("olivia@routecard.example");
        JsonPath audit = given().auth().oauth2(olivia).get("/api/operations/routing/" + rfq).then().statusCode(200)
                .extract().jsonPath();
        assertThat(audit.getList("waves.number", Integer.class)).containsExactly(1, 2, 3);
        assertThat(audit.getList("offers.supplierName", String.class)).contains("Acme Precision",
                "Bluefin Fabrication");
        assertThat(given().auth().oauth2(olivia).queryParam("q", audit.getString("rfq.number"))
                .get("/api/operations/routing").then().statusCode(200).extract().jsonPath().getList("id"))
                .containsExactly(rfq);
        given().auth().oauth2(nina).get("/api/operations/routing/" + rfq).then().statusCode(403);
        given().auth().oauth2(olivia).get("/api/operations/routing/" + UUID.randomUUID()).then().statusCode(404);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var events = TopicReader.readAll("routecard.marketplace").stream()
                    .filter(r -> r.value().contains(rfq) || r.value().contains(order)).toList();
            assertThat(events).extracting(r -> r.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1"))
                    .contains("marketplace.rfq.posted", "marketplace.routing.decided", "marketplace.offer.sent",
                            "marketplace.offer.viewed", "marketplace.offer.declined", "marketplace.quote.submitted",
                            "marketplace.offer.countered", "marketplace.award.created",
                            "marketplace.award.acknowledged", "marketplace.receipt.recorded",
                            "marketplace.return.recorded");
            events.forEach(r -> assertThat(EventSchemas.problems(r.value())).as(r.value()).isEmpty());
        });
    }
}
