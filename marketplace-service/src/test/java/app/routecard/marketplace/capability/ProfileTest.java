package app.routecard.marketplace.capability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A shop's capability profile on the real stack: saved and read back, refused in words, its own only. */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class ProfileTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String sam = Tokens.accessToken("sam@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");
    private final String nina = Tokens.accessToken("nina@northwind.example");


    private ValidatableResponse put(String token, Map<String, Object> profile) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/profile").then();
    }

    @Test
    void a_shop_admin_saves_the_profile_and_the_shop_reads_it_back() {
        put(alex, MarketplaceFixtures.acmeProfile()).statusCode(200).body("configured", is(true))
                .body("processes", contains("CNC_MILLING_3_AXIS", "CNC_TURNING"))
                .body("certifications[0].certification", is("ISO_9001"))
                .body("updatedBy", is("alex@acme.example"));
        given().auth().oauth2(sam).get("/api/profile").then().statusCode(200)
                .body("shipFrom.subdivision", is("DE-BY")).body("maxEnvelope.lengthMm", is(500.0f))
                .body("certifications[0].expiresOn", is(LocalDate.now().plusYears(2).toString()))
                .body("blackouts[0].first", is(LocalDate.now().plusDays(30).toString()))
                .body("materials", contains("Aluminium 6061", "Steel 1.4301"));
        put(sam, MarketplaceFixtures.acmeProfile()).statusCode(403);
        given().auth().oauth2(nina).get("/api/profile").then().statusCode(403);
    }

    @Test
    void each_shop_has_its_own_profile_only() {
        put(alex, MarketplaceFixtures.acmeProfile()).statusCode(200);
        Map<String, Object> bluefin = MarketplaceFixtures.acmeProfile();
        bluefin.put("processes", List.of("SHEET_METAL", "LASER_CUTTING", "WELDING"));
        put(bea, bluefin).statusCode(200);
        given().auth().oauth2(alex).get("/api/profile").then().statusCode(200)
                .body("processes", contains("CNC_MILLING_3_AXIS", "CNC_TURNING"));
        given().auth().oauth2(bea).get("/api/profile").then().statusCode(200)
                .body("processes", contains("SHEET_METAL", "LASER_CUTTING", "WELDING"));
    }

    @Test
    void a_profile_that_cannot_be_is_refused_naming_the_field() {
        Map<String, String> cases = Map.of(
                "processes", "[\"TELEPORTATION\"]",
                "maxEnvelope", "{\"lengthMm\":0,\"widthMm\":400,\"heightMm\":300}",
                "maxQuantity", "0",
                "shipFrom", "{\"country\":\"XX\"}",
                "shipsTo", "[\"germany\"]",
                "blackouts", "[{\"first\":\"2027-01-05\",\"last\":\"2027-01-01\"}]",
                "certifications", "[{\"certification\":\"ISO_9001\",\"expiresOn\":\"2030-01-01\"},"
                        + "{\"certification\":\"ISO_9001\",\"expiresOn\":\"2031-01-01\"}]",
                "typicalLeadDays", "-3");
        cases.forEach((field, value) -> {
            String body = acmeJson().replaceFirst("\"" + field + "\":(\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}]+)",
                    "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(value));
            given().auth().oauth2(alex).contentType(ContentType.JSON).body(body).put("/api/profile").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
        });
    }

    private static String acmeJson() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(MarketplaceFixtures.acmeProfile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_vocabulary_names_every_process_and_certification_in_words() {
        given().auth().oauth2(nina).get("/api/profile/vocabulary").then().statusCode(200)
                .body("processes.find { it.code == 'CNC_MILLING_5_AXIS' }.label", is("CNC milling, 5-axis"))
                .body("certifications.code", hasItem("AS9100"));
    }
}
