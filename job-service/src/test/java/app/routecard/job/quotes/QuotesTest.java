package app.routecard.job.quotes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class QuotesTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    @jakarta.inject.Inject
    app.routecard.platform.tenancy.TenantCalendars calendars;

    private String acmeTenant() {
        return io.restassured.RestAssured.given().auth().oauth2(alex).get("/api/whoami").then().statusCode(200)
                .extract().path("tenant.id");
    }

    private static Map<String, Object> quote(String customer) {
        Map<String, Object> quote = new HashMap<>();
        quote.put("customerName", customer);
        quote.put("customerContact", "Pat Buyer");
        quote.put("customerEmail", "pat@northwind.example");
        quote.put("currency", "EUR");
        quote.put("lines", List.of(
                Map.of("partNumber", "HSG-10", "revision", "B", "description", "Pump housing", "quantity", 50,
                        "material", "6061-T6", "unitPrice", 42.5, "leadTimeDays", 15),
                Map.of("partNumber", "CVR-11", "revision", "A", "quantity", 50, "unitPrice", 7.125,
                        "leadTimeDays", 10)));
        return quote;
    }

    private String draft(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/quotes")
                .then().statusCode(201).body("number", matchesPattern("Q-\\d{4}-\\d{4}"))
                .body("status", is("DRAFT")).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse action(String quote, String action, Map<String, Object> body) {
        return given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                .post("/api/quotes/" + quote + "/" + action).then();
    }

    @Test
    void an_accepted_quote_releases_a_job_per_line_due_after_its_lead_time() {
        String quote = draft(alex, quote("Northwind Robotics"));
        given().auth().oauth2(alex).get("/api/quotes/" + quote).then().statusCode(200)
                .body("total", is(2481.25f)).body("lines[0].lineTotal", is(2125.0f)).body("currency", is("EUR"));
        Map<String, Object> revised = quote("Northwind Robotics Inc.");
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(revised).put("/api/quotes/" + quote)
                .then().statusCode(200).body("customerName", is("Northwind Robotics Inc."));
        action(quote, "accept", Map.of()).statusCode(409).body("title", containsString("AcceptOnlySentQuotes"));
        given().auth().oauth2(alex).post("/api/quotes/" + quote + "/send").then().statusCode(200)
                .body("status", is("SENT"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(revised).put("/api/quotes/" + quote)
                .then().statusCode(409).body("title", containsString("OnlyDraftsChange"));
        String firstJob = action(quote, "accept", Map.of("customerPo", "PO-7781")).statusCode(200)
                .body("status", is("ACCEPTED")).body("customerPo", is("PO-7781"))
                .body("lines[1].jobId", notNullValue()).extract().path("lines[0].jobId");
        // The due date counts from the shop's own today, which is tomorrow in UTC late in a European evening.
        LocalDate today = calendars.today(acmeTenant());
        given().auth().oauth2(alex).get("/api/jobs/" + firstJob).then().statusCode(200)
                .body("stage", is("RELEASED")).body("partNumber", is("HSG-10"))
                .body("customerName", is("Northwind Robotics Inc.")).body("quantity", is(50))
                .body("dueDate", is(today.plusDays(15).toString())).body("quoteId", is(quote))
                .body("specialInstructions", containsString("6061-T6"));
        given().auth().oauth2(alex).get("/api/jobs/" + firstJob + "/timeline").then()
                .body("items.what", hasItem(containsString("line 1, customer PO PO-7781")));
        action(quote, "accept", Map.of()).statusCode(409).body("title", containsString("AcceptOnlySentQuotes"));
        action(quote, "decline", Map.of("reason", "x")).statusCode(409)
                .body("title", containsString("DeclineOnlyOpenQuotes"));
        given().auth().oauth2(alex).queryParam("status", "ACCEPTED").queryParam("q", "northwind robotics inc")
                .queryParam("size", 100).get("/api/quotes").then().statusCode(200).body("items.id", hasItem(quote));
    }

    @Test
    void an_expired_quote_is_not_accepted_and_a_declined_one_keeps_its_reason() {
        String expired = draft(alex, quote("Kestrel"));
        given().auth().oauth2(alex).post("/api/quotes/" + expired + "/send").then().statusCode(200);
        String tenant = Tokens.claims(alex).path("tenant").path("acme").path("id").asText();
        TenantTransactions.forTenant(tenant, () -> Quote.update("validUntil = ?1 where id = ?2",
                LocalDate.now(ZoneOffset.UTC).minusDays(1), UUID.fromString(expired)));
        action(expired, "accept", Map.of()).statusCode(409).body("title", containsString("NoAcceptingExpiredQuotes"));
        action(expired, "decline", Map.of()).statusCode(400).body("errors.field", hasItem("reason"));
        action(expired, "decline", Map.of("reason", "Went with a cheaper shop")).statusCode(200)
                .body("status", is("DECLINED")).body("decisionReason", is("Went with a cheaper shop"))
                .body("decidedBy", is("alex@acme.example"));
    }

    @Test
    void bad_quotes_are_a_400_naming_the_field() {
        Map<String, Object> noLines = quote("X");
        noLines.put("lines", List.of());
        post(noLines).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("lines"));
        Map<String, Object> badLine = quote("X");
        badLine.put("lines", List.of(Map.of("partNumber", "P", "revision", "A", "quantity", -1, "unitPrice", -2,
                "leadTimeDays", 0)));
        post(badLine).statusCode(400).body("errors.field", hasItem("lines[0].quantity"))
                .body("errors.field", hasItem("lines[0].unitPrice")).body("errors.field", hasItem("lines[0].leadTimeDays"));
        Map<String, Object> badCurrency = quote("X");
        badCurrency.put("currency", "dollars");
        badCurrency.put("customerEmail", "not-an-email");
        post(badCurrency).statusCode(400).body("errors.field", hasItem("currency"))
                .body("errors.field", hasItem("customerEmail"));
        Map<String, Object> expired = quote("X");
        expired.put("validUntil", LocalDate.now().minusDays(3).toString());
        post(expired).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("validUntil"));
        given().auth().oauth2(alex).queryParam("status", "MAYBE").get("/api/quotes").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(alex).queryParam("sort", "price").get("/api/quotes").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    private io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(alex).contentType(ContentType.JSON).body(body).post("/api/quotes").then();
    }

    @Test
    void quotes_are_admin_only_and_another_shops_quotes_do_not_exist_for_it() {
        String quote = draft(alex, quote("Northwind"));
        String sam = Tokens.accessToken("sam@acme.example");
        given().auth().oauth2(sam).get("/api/quotes/" + quote).then().statusCode(403);
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(quote("Y")).post("/api/quotes").then()
                .statusCode(403);
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/quotes/" + quote),
                Probe.put("/api/quotes/" + quote, "{\"customerName\":\"x\",\"lines\":[{\"partNumber\":\"p\","
                        + "\"revision\":\"a\",\"quantity\":1,\"unitPrice\":1,\"leadTimeDays\":1}]}"),
                Probe.post("/api/quotes/" + quote + "/send", ""),
                Probe.post("/api/quotes/" + quote + "/accept", "{}"),
                Probe.post("/api/quotes/" + quote + "/decline", "{\"reason\":\"x\"}")));
        String number = given().auth().oauth2(alex).get("/api/quotes/" + quote).then().extract().path("number");
        CrossTenantMatrix.assertNotFoundInList(bea, "/api/quotes", Map.of("q", number));
        given().auth().oauth2(alex).get("/api/quotes/" + quote).then().body("status", is("DRAFT"));
    }
}
