package app.routecard.marketplace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies the marketplace tests share: a shop's profile, a buyer's RFQ. Each call gives a fresh copy. */
public final class MarketplaceFixtures {

    private MarketplaceFixtures() {
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
