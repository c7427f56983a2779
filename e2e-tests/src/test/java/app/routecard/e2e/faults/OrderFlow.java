package app.routecard.e2e.faults;

import app.routecard.devstack.Service;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One marketplace order from RFQ to receipt, as the demo people make it through the services: a buyer posts an RFQ
 * that Acme and Cobalt can both make, routing offers it, one shop quotes and the other declines, the buyer awards,
 * the shop acknowledges, job-service makes the job, the floor plans, starts and finishes its two steps, the shop
 * ships, and the buyer records the receipt (now and then with rejects). Each step is an event or several.
 */
final class OrderFlow {

    static final List<String> BUYERS = List.of("nina@northwind.example", "kai@kestrel.example");
    static final List<String> SHOPS = List.of("alex@acme.example", "cole@cobalt.example");
    private static final Duration ASYNC_PATIENCE = Duration.ofMinutes(3);

    /** Why a flow stopped early: the step and what the service answered. */
    static final class Abandoned extends RuntimeException {
        Abandoned(String message) {
            super(message, null, false, false);
        }
    }

    private final Api api;
    private final String buyer;

    OrderFlow(Api api, int n) {
        this.api = api;
        this.buyer = BUYERS.get(n % BUYERS.size());
    }

    void run() {
        int quantity = 10 + ThreadLocalRandom.current().nextInt(200);
        String rfq = expect(201, api.send("POST", Service.MARKETPLACE, "/api/rfqs", buyer, rfq(quantity)), "RFQ")
                .path("id").asText();
        expect(200, api.send("POST", Service.MARKETPLACE, "/api/rfqs/" + rfq + "/post", buyer, null), "post");
        Map<String, JsonNode> offers = awaitOffers(rfq);
        List<String> offered = new ArrayList<>(offers.keySet());
        String winner = offered.get(ThreadLocalRandom.current().nextInt(offered.size()));
        for (String shop : offered) {
            if (!shop.equals(winner)) {
                expect(200, api.send("POST", Service.MARKETPLACE, "/api/offers/" + offers.get(shop).path("id").asText()
                        + "/decline", shop, Map.of("reason", "CAPACITY")), "decline");
            }
        }
        String quote = expect(201, api.send("POST", Service.MARKETPLACE, "/api/quotes", winner,
                quote(offers.get(winner), quantity)), "quote").path("id").asText();
        JsonNode awards = expect(201, api.send("POST", Service.MARKETPLACE, "/api/rfqs/" + rfq + "/awards", buyer,
                Map.of("quoteId", quote)), "award");
        String award = awards.get(0).path("orderId").asText();
        expect(200, api.send("POST", Service.MARKETPLACE, "/api/awards/" + award + "/acknowledge", winner, null),
                "acknowledge");
        String job = await("job-service making the job of award " + award, () -> Optional.of(
                api.get(Service.MARKETPLACE, "/api/awards/" + award, winner).body().path("jobId"))
                .filter(JsonNode::isTextual).map(JsonNode::asText));
        String base = "/api/jobs/" + job;
        expect(200, api.send("PUT", Service.JOB, base + "/route", winner, Map.of("steps", List.of(
                Map.of("name", "Mill", "workCenter", "CELL-1", "plannedHours", 2),
                Map.of("name", "Deburr", "workCenter", "BENCH", "plannedHours", 1)))), "route");
        expect(200, api.send("POST", Service.JOB, base + "/stage", winner, Map.of("to", "RELEASED")), "release");
        for (int scan = 0; scan < 4; scan++) {
            expect(200, api.send("POST", Service.JOB, base + "/route/scan", winner, Map.of()), "scan");
        }
        expect(200, api.send("POST", Service.JOB, base + "/stage", winner, Map.of("to", "READY_TO_SHIP")), "ready");
        expect(201, api.send("POST", Service.JOB, base + "/shipments", winner, Map.of("quantity", quantity,
                "carrier", "DHL", "trackingNumber", "FLT-" + job.substring(0, 8))), "ship");
        await("the order following its shipment", () -> Optional.of(
                api.get(Service.MARKETPLACE, "/api/orders/" + award, buyer).body().path("status").asText())
                .filter("SHIPPED"::equals));
        int rejected = ThreadLocalRandom.current().nextInt(5) == 0 ? 2 : 0;
        Map<String, Object> receipt = rejected == 0
                ? Map.of("received", quantity, "accepted", quantity, "rejected", 0)
                : Map.of("received", quantity, "accepted", quantity - rejected, "rejected", rejected,
                "reason", "burrs on the edge");
        expect(200, api.send("POST", Service.MARKETPLACE, "/api/orders/" + award + "/receipts", buyer, receipt),
                "receipt");
    }

    private Map<String, JsonNode> awaitOffers(String rfq) {
        Map<String, JsonNode> offers = new java.util.LinkedHashMap<>();
        await("routing offering RFQ " + rfq, () -> {
            for (String shop : SHOPS) {
                if (!offers.containsKey(shop)) {
                    for (JsonNode offer : api.get(Service.MARKETPLACE, "/api/offers", shop).body()) {
                        if (rfq.equals(offer.path("rfqId").asText())) {
                            offers.put(shop, api.get(Service.MARKETPLACE, "/api/offers/" + offer.path("id").asText(),
                                    shop).body());
                        }
                    }
                }
            }
            return offers.isEmpty() ? Optional.empty() : Optional.of(offers);
        });
        return offers;
    }

    private static <T> T await(String what, Supplier<Optional<T>> condition) {
        long until = System.nanoTime() + ASYNC_PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            // Routing runs every few seconds and events take their time: the driver polls as a person would.
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
        throw new Abandoned("no " + what + " within " + ASYNC_PATIENCE);
    }

    private static JsonNode expect(int status, Api.Answer answer, String step) {
        if (answer.status() != status) {
            throw new Abandoned(step + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    private static Map<String, Object> rfq(int quantity) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Map.of("title", "Fault run brackets " + quantity,
                "lines", List.of(Map.of("partNumber", "FLT-" + quantity, "revision", "A",
                        "quantities", List.of(quantity), "process", "CNC_MILLING_3_AXIS", "material", "Aluminium 7075",
                        "envelope", Map.of("lengthMm", 120, "widthMm", 80, "heightMm", 30))),
                "certifications", List.of(), "targetShipDate", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString(),
                "quoteDeadline", now.plusDays(7).withNano(0).toString(), "shipTo", Map.of("country", "DE"),
                "currency", "EUR", "inviteOnly", false, "invited", List.of(), "blocked", List.of());
    }

    private static Map<String, Object> quote(JsonNode offer, int quantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode line : offer.path("rfq").path("lines")) {
            lines.add(Map.of("lineId", line.path("id").asText(), "leadDays", 10,
                    "prices", List.of(Map.of("quantity", quantity, "unitPrice", "12.50"))));
        }
        return Map.of("offerId", offer.path("id").asText(),
                "validUntil", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(), "lines", lines);
    }
}
