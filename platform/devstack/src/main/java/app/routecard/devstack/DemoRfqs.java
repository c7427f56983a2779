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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Northwind's demo RFQ, drafted and posted through marketplace-service by its buyer on {@code ./routecard up}
 * when Northwind has none with its title yet: routing then offers it to Acme within seconds, so a newcomer finds a
 * live RFQ on Northwind's side and an offer on Acme's board; Acme then quotes it, so Northwind has a quote to
 * compare and award.
 */
public final class DemoRfqs {

    static final String TITLE = "Gripper mounting plates (demo)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRfqs() {
    }

    public static void seed(StackLayout stack, PrintStream out) throws IOException, InterruptedException {
        DemoCalls calls = new DemoCalls(stack, "the demo RFQ");
        String buyer = "nina@northwind.example";
        JsonNode existing = calls.call("GET", Service.MARKETPLACE, "/api/rfqs?q="
                + URLEncoder.encode(TITLE, StandardCharsets.UTF_8), buyer, null, 200);
        if (existing.toString().contains(TITLE)) {
            out.println("  demo RFQ               Northwind's is there already");
            return;
        }
        String id = calls.call("POST", Service.MARKETPLACE, "/api/rfqs", buyer, body(), 201).path("id").asText();
        calls.call("POST", Service.MARKETPLACE, "/api/rfqs/" + id + "/post", buyer, null, 200);
        out.println("  demo RFQ               Northwind's posted through marketplace-service");
        quoteAsAcme(calls, id, out);
    }

    /**
     * Acme answers its offer of the demo RFQ with a quote, as Alex would on the offer page, so Northwind's RFQ page
     * has a quote to compare and award. Routing offers it within seconds; waits up to a minute for the offer.
     */
    static void quoteAsAcme(DemoCalls calls, String rfqId, PrintStream out) throws IOException, InterruptedException {
        String shop = "alex@acme.example";
        JsonNode offer = null;
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (offer == null && System.nanoTime() < until) {
            for (JsonNode candidate : calls.call("GET", Service.MARKETPLACE, "/api/offers", shop, null, 200)) {
                if (rfqId.equals(candidate.path("rfqId").asText())) {
                    offer = candidate;
                }
            }
            if (offer == null) {
                Thread.sleep(1000); // routing runs every few seconds; this is the CLI waiting for it, not a test
            }
        }
        if (offer == null) {
            out.println("  demo quote             Acme was not offered the demo RFQ within a minute: no quote");
            return;
        }
        ObjectNode quote = JSON.createObjectNode();
        quote.put("offerId", offer.path("id").asText());
        quote.put("validUntil", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        quote.put("notes", "Clear anodizing by our partner; first article report included");
        ArrayNode lines = quote.putArray("lines");
        for (JsonNode line : offer.path("rfq").path("lines")) {
            ObjectNode quoted = lines.addObject();
            quoted.put("lineId", line.path("id").asText());
            quoted.put("leadDays", 15);
            ArrayNode prices = quoted.putArray("prices");
            for (JsonNode quantity : line.path("quantities")) {
                prices.addObject().put("quantity", quantity.asInt()).put("unitPrice",
                        quantity.asInt() >= 200 ? "21.40" : "27.90");
            }
        }
        calls.call("POST", Service.MARKETPLACE, "/api/quotes", shop, JSON.writeValueAsString(quote), 201);
        out.println("  demo quote             Acme quoted Northwind's demo RFQ (compare and award it as Nina)");
    }

    private static String body() {
        return "{\"title\":\"" + TITLE + "\",\"lines\":[{\"partNumber\":\"GRP-PLATE-4\",\"revision\":\"B\","
                + "\"quantities\":[40,200],\"process\":\"CNC_MILLING_3_AXIS\",\"material\":\"Aluminium 6061\","
                + "\"finish\":\"anodized clear\",\"envelope\":{\"lengthMm\":180,\"widthMm\":120,\"heightMm\":12}}],"
                + "\"certifications\":[\"ISO_9001\"],\"targetShipDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(45)
                + "\",\"quoteDeadline\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0)
                + "\",\"shipTo\":{\"country\":\"DE\",\"subdivision\":\"DE-BY\"},\"currency\":\"EUR\","
                + "\"inviteOnly\":false,\"invited\":[],\"blocked\":[],\"notes\":\"Demo RFQ from ./routecard up\"}";
    }
}
