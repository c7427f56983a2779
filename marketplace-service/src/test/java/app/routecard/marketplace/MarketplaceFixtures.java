package app.routecard.marketplace;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the marketplace tests share: request bodies (a shop's profile, a buyer's RFQ; each call gives a fresh copy),
 * the signed-in user's tenant, and saving a shop's profile.
 */
public final class MarketplaceFixtures {

    private MarketplaceFixtures() {
    }

    /** The tenant id of the token's user, as the service resolves it. */
    public static String tenantOf(String token) {
        return given().auth().oauth2(token).get("/api/whoami").then().statusCode(200).extract().path("tenant.id");
    }

    /**
     * Saves the token's shop a profile like Acme's with these processes and materials, room for 500 open offers and
     * no blackouts.
     */
    public static void saveProfile(String token, List<String> processes, List<String> materials) {
        Map<String, Object> profile = acmeProfile();
        profile.put("processes", processes);
        profile.put("materials", materials);
        profile.put("maxOpenOffers", 500);
        profile.put("blackouts", List.of());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/profile").then()
                .statusCode(200);
    }

    public static Map<String, Object> acmeProfile() {
        return new java.util.HashMap<>(Map.ofEntries(Map.entry("takesMarketplaceWork", true),
                Map.entry("processes", List.of("CNC_MILLING_3_AXIS", "CNC_TURNING")),
                Map.entry("materials", List.of("Aluminium 6061", "Steel 1.4301")),
                Map.entry("certifications", List.of(Map.of("certification", "ISO_9001", "expiresOn",
                        LocalDate.now().plusYears(2).toString()))),
                Map.entry("maxEnvelope", Map.of("lengthMm", 500, "widthMm", 400, "heightMm", 300)),
                Map.entry("minQuantity", 1), Map.entry("maxQuantity", 2000),
                Map.entry("shipFrom", Map.of("country", "DE", "subdivision", "DE-BY")),
                Map.entry("shipsTo", List.of("DE", "AT", "CH")), Map.entry("maxOpenOffers", 10),
                Map.entry("maxOpenJobs", 5),
                Map.entry("blackouts", List.of(Map.of("first", LocalDate.now().plusDays(30).toString(),
                        "last", LocalDate.now().plusDays(40).toString()))),
                Map.entry("typicalLeadDays", 15)));
    }

    public static Map<String, Object> bracketRfq() {
        return new HashMap<>(Map.ofEntries(Map.entry("title", "Robot arm brackets"),
                Map.entry("lines", List.of(Map.of("partNumber", "BRKT-1001", "revision", "C",
                        "quantities", List.of(50, 250), "process", "CNC_MILLING_3_AXIS",
                        "material", "Aluminium 6061", "finish", "anodized black",
                        "envelope", Map.of("lengthMm", 120, "widthMm", 80, "heightMm", 30)))),
                Map.entry("certifications", List.of("ISO_9001")),
                Map.entry("targetShipDate", LocalDate.now().plusDays(40).toString()),
                Map.entry("quoteDeadline", OffsetDateTime.now().plusDays(7).toString()),
                Map.entry("shipTo", Map.of("country", "DE", "subdivision", "DE-BY")),
                Map.entry("currency", "EUR"), Map.entry("inviteOnly", false), Map.entry("invited", List.of()),
                Map.entry("blocked", List.of())));
    }
}
