package app.routecard.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A few months of marketplace history for the demo shops, made on the first {@code ./routecard up} through the
 * real services so the scorecards and leaderboards are alive from the start: Northwind posts RFQs, routing offers
 * them, each shop quotes, Northwind awards, the shop acknowledges, job-service makes the job, the shop ships it
 * (recording the day it left) and Northwind records what it received. The marketplace's time is moved back to each
 * order's day through the dev stack's clock ({@code PUT /api/operations/clock}, which only a dev stack allows) and
 * put back at the end; every event, and so every score, comes from those calls.
 */
public final class DemoHistory {

    static final String MARK = "(demo history)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUYER = "nina@northwind.example";
    private static final String OPERATOR = "olivia@routecard.example";

    /** One past order: who makes what, how many days ago it was posted, and how it went. */
    record PastOrder(String shop, String part, String process, String material, String certification,
                     int quantity, String unitPrice, int daysAgo, int leadDays, int quoteAfterHours, int shippedLateDays,
                     int rejected) {
    }

    static final List<PastOrder> ORDERS = List.of(
            new PastOrder("alex@acme.example", "HSG-210", "CNC_MILLING_3_AXIS", "Aluminium 6061", "ISO_9001", 120,
                    "18.40", 112, 12, 2, 0, 0),
            new PastOrder("bea@bluefin.example", "PNL-88", "SHEET_METAL", "Steel DC01", "ISO_9001", 300, "6.20", 104,
                    10, 30, 0, 4),
            new PastOrder("cole@cobalt.example", "IMP-5", "CNC_MILLING_5_AXIS", "Titanium grade 5", "AS9100", 40,
                    "96.00", 96, 20, 3, 3, 0),
            new PastOrder("alex@acme.example", "SHF-12", "CNC_TURNING", "Steel C45", "ISO_9001", 200, "7.90", 75, 10,
                    1, 0, 6),
            new PastOrder("bea@bluefin.example", "BRK-41", "LASER_CUTTING", "Aluminium 5754", "ISO_9001", 500,
                    "2.10", 61, 8, 4, 2, 0),
            new PastOrder("cole@cobalt.example", "BLD-9", "CNC_MILLING_5_AXIS", "Inconel 718", "AS9100", 12,
                    "310.00", 47, 25, 28, 0, 0),
            new PastOrder("alex@acme.example", "CVR-7", "CNC_MILLING_3_AXIS", "Aluminium 7075", "ISO_9001", 80,
                    "22.50", 33, 9, 2, 0, 0));

    private final DemoCalls calls;

    private DemoHistory(StackLayout stack) {
        this.calls = new DemoCalls(stack, "the demo history");
    }

    public static void seed(StackLayout stack, PrintStream out) throws IOException, InterruptedException {
        new DemoHistory(stack).seed(out);
    }

    private void seed(PrintStream out) throws IOException, InterruptedException {
        JsonNode existing = call("GET", Service.MARKETPLACE, "/api/rfqs?q=" + URLEncoder.encode(MARK,
                StandardCharsets.UTF_8), BUYER, null, 200);
        if (existing.path("items").size() > 0) {
            out.println("  demo history           there already");
            return;
        }
        long started = System.nanoTime();
        try {
            for (PastOrder order : ORDERS) {
                make(order);
            }
        } finally {
            clock(Duration.ZERO);
        }
        // The cards were last computed at the orders' days; bring them to the present.
        call("POST", Service.MARKETPLACE, "/api/operations/scoring/refresh", OPERATOR, null, 200);
        out.printf(java.util.Locale.ROOT, "  demo history           %d past orders through the services (%.0f s)%n",
                ORDERS.size(), (System.nanoTime() - started) / 1e9);
    }

    private void make(PastOrder order) throws IOException, InterruptedException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Duration back = Duration.ofDays(order.daysAgo());
        clock(back.negated());
        OffsetDateTime posted = now.minus(back);
        String rfq = call("POST", Service.MARKETPLACE, "/api/rfqs", BUYER, rfqBody(order, posted), 201).path("id")
                .asText();
        call("POST", Service.MARKETPLACE, "/api/rfqs/" + rfq + "/post", BUYER, null, 200);
        JsonNode offer = awaitOffer(order.shop(), rfq);
        clock(back.negated().plusHours(order.quoteAfterHours()));
        JsonNode quote = call("POST", Service.MARKETPLACE, "/api/quotes", order.shop(), quoteBody(order, offer,
                posted), 201);
        clock(back.negated().plusHours(order.quoteAfterHours() + 20));
        String award = call("POST", Service.MARKETPLACE, "/api/rfqs/" + rfq + "/awards", BUYER,
                JSON.writeValueAsString(Map.of("quoteId", quote.path("id").asText())), 201).get(0).path("orderId")
                .asText();
        clock(back.negated().plusHours(order.quoteAfterHours() + 22));
        call("POST", Service.MARKETPLACE, "/api/awards/" + award + "/acknowledge", order.shop(), null, 200);
        String job = awaitJob(order.shop(), award);
        String promised = call("GET", Service.MARKETPLACE, "/api/awards/" + award, order.shop(), null, 200)
                .path("promisedShipDate").asText();
        // The shop makes it and records the day it left: on the promised day, or some days late.
        call("PUT", Service.JOB, "/api/jobs/" + job + "/route", order.shop(),
                "{\"steps\":[{\"name\":\"Make\",\"workCenter\":\"CELL-1\",\"plannedHours\":4}]}", 200);
        call("POST", Service.JOB, "/api/jobs/" + job + "/stage", order.shop(), "{\"to\":\"RELEASED\"}", 200);
        call("POST", Service.JOB, "/api/jobs/" + job + "/route/scan", order.shop(), "{}", 200);
        call("POST", Service.JOB, "/api/jobs/" + job + "/route/scan", order.shop(), "{}", 200);
        call("POST", Service.JOB, "/api/jobs/" + job + "/stage", order.shop(), "{\"to\":\"READY_TO_SHIP\"}", 200);
        OffsetDateTime shipped = java.time.LocalDate.parse(promised).plusDays(order.shippedLateDays())
                .atTime(10, 0).atOffset(ZoneOffset.UTC);
        ObjectNode shipment = JSON.createObjectNode().put("quantity", order.quantity()).put("carrier", "DHL")
                .put("shippedAt", shipped.toString());
        call("POST", Service.JOB, "/api/jobs/" + job + "/shipments", order.shop(), shipment.toString(), 201);
        awaitShipped(award);
        clock(Duration.between(now, shipped.plusDays(3)));
        ObjectNode receipt = JSON.createObjectNode().put("received", order.quantity())
                .put("accepted", order.quantity() - order.rejected()).put("rejected", order.rejected());
        if (order.rejected() > 0) {
            receipt.put("reason", "dimensions out of tolerance");
        }
        call("POST", Service.MARKETPLACE, "/api/orders/" + award + "/receipts", BUYER, receipt.toString(), 200);
    }

    private static String rfqBody(PastOrder order, OffsetDateTime posted) throws IOException {
        ObjectNode rfq = JSON.createObjectNode().put("title", order.part() + " " + MARK);
        rfq.set("lines", JSON.valueToTree(List.of(Map.of("partNumber", order.part(), "quantities",
                List.of(order.quantity()), "process", order.process(), "material", order.material(), "envelope",
                Map.of("lengthMm", 120, "widthMm", 80, "heightMm", 30)))));
        rfq.set("certifications", JSON.valueToTree(List.of(order.certification())));
        rfq.put("targetShipDate", posted.toLocalDate().plusDays(60).toString())
                .put("quoteDeadline", posted.plusDays(7).withNano(0).toString()).put("currency", "EUR")
                .put("inviteOnly", false).put("notes", "Made by ./routecard up for the demo's history");
        rfq.putObject("shipTo").put("country", "DE");
        rfq.putArray("invited");
        rfq.putArray("blocked");
        return JSON.writeValueAsString(rfq);
    }

    private static String quoteBody(PastOrder order, JsonNode offer, OffsetDateTime posted) throws IOException {
        ObjectNode quote = JSON.createObjectNode();
        quote.put("offerId", offer.path("id").asText());
        quote.put("validUntil", posted.toLocalDate().plusDays(30).toString());
        ArrayNode lines = quote.putArray("lines");
        for (JsonNode line : offer.path("rfq").path("lines")) {
            lines.addObject().put("lineId", line.path("id").asText()).put("leadDays", order.leadDays())
                    .putArray("prices").addObject().put("quantity", order.quantity())
                    .put("unitPrice", order.unitPrice());
        }
        return JSON.writeValueAsString(quote);
    }

    private JsonNode awaitOffer(String shop, String rfq) throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            for (JsonNode offer : call("GET", Service.MARKETPLACE, "/api/offers", shop, null, 200)) {
                if (rfq.equals(offer.path("rfqId").asText())) {
                    return call("GET", Service.MARKETPLACE, "/api/offers/" + offer.path("id").asText(), shop, null,
                            200);
                }
            }
            Thread.sleep(500); // routing runs every few seconds; this is the CLI waiting for it, not a test
        }
        throw new IOException("routing did not offer " + shop + " the demo history's RFQ within a minute");
    }

    private String awaitJob(String shop, String award) throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            JsonNode job = call("GET", Service.MARKETPLACE, "/api/awards/" + award, shop, null, 200).path("jobId");
            if (job.isTextual()) {
                return job.asText();
            }
            Thread.sleep(250); // job-service makes the job from the award's event; the CLI waits for it
        }
        throw new IOException("job-service made no job of the demo history's award " + award + " within a minute");
    }

    private void awaitShipped(String order) throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            String status = call("GET", Service.MARKETPLACE, "/api/orders/" + order, BUYER, null, 200)
                    .path("status").asText();
            if ("SHIPPED".equals(status)) {
                return;
            }
            Thread.sleep(250); // the buyer's order follows the job's events; the CLI waits for the shipment
        }
        throw new IOException("the demo history's order " + order + " did not show its shipment within a minute");
    }

    private void clock(Duration offset) throws IOException, InterruptedException {
        call("PUT", Service.MARKETPLACE, "/api/operations/clock", OPERATOR,
                "{\"offset\":\"" + offset + "\"}", 200);
    }

    private JsonNode call(String method, Service service, String path, String user, String body, int expected)
            throws IOException, InterruptedException {
        return calls.call(method, service, path, user, body, expected);
    }
}
