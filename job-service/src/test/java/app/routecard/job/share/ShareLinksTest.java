package app.routecard.job.share;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.routecard.job.JobFixture;
import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TenantEventsFixture;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class ShareLinksTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final JobFixture jobs = new JobFixture(alex);

    private String acme() {
        return Tokens.claims(alex).path("tenant").path("acme").path("id").asText();
    }

    private Map<String, Object> share(String job, Map<String, Object> body) {
        return given().auth().oauth2(alex).contentType(ContentType.JSON).body(body)
                .post("/api/jobs/" + job + "/share-links").then().statusCode(201).extract().as(Map.class);
    }

    @Test
    void a_scheduled_customer_update_is_told_to_the_other_services_with_the_jobs_owner() {
        String job = jobs.readyToShip(10, LocalDate.now().plusDays(4));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("owner", "alex@acme.example"))
                .patch("/api/jobs/" + job).then().statusCode(200);
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("nextUpdateOn", LocalDate.now().plusDays(3).toString(), "message", "Anodizing done"))
                .put("/api/jobs/" + job + "/customer-update").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(app.routecard.platform.testing.TopicReader.readAll("routecard.job").stream()
                        .filter(record -> record.key().equals(job)).map(record -> record.value())
                        .filter(value -> value.contains("\"job.customer_update.scheduled\"")).toList())
                        .singleElement().satisfies(event -> {
                            assertThat(app.routecard.platform.events.EventSchemas.problems(event)).isEmpty();
                            assertThat(event).contains("\"owner\":\"alex@acme.example\"")
                                    .contains("\"nextUpdateOn\":\"" + LocalDate.now().plusDays(3) + "\"")
                                    .contains("\"message\":\"Anodizing done\"");
                        }));
    }

    @Test
    void a_share_link_with_the_customers_e_mail_is_told_to_notifications_with_its_url_and_a_bad_address_refused() {
        String job = jobs.readyToShip(10, LocalDate.now().plusDays(4));
        Map<String, Object> created = share(job, Map.of("label", "Northwind", "customerEmail",
                "Buyer@Northwind.example", "message", "Anodizing done"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(app.routecard.platform.testing.TopicReader.readAll("routecard.job").stream()
                        .filter(record -> record.key().equals(job)).map(record -> record.value())
                        .filter(value -> value.contains("\"job.customer_update.sent\"")).toList())
                        .singleElement().satisfies(event -> {
                            assertThat(app.routecard.platform.events.EventSchemas.problems(event)).isEmpty();
                            assertThat(event).contains("\"customerEmail\":\"buyer@northwind.example\"")
                                    .contains("\"shareUrl\":\"" + created.get("url") + "\"")
                                    .contains("\"message\":\"Anodizing done\"");
                        }));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("customerEmail", "not an address"))
                .post("/api/jobs/" + job + "/share-links").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                        "customerEmail")));
    }

    @Test
    void a_customer_sees_exactly_the_customer_safe_fields_without_an_account() {
        String job = jobs.readyToShip(10, LocalDate.now().plusDays(4));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("nextUpdateOn", LocalDate.now().plusDays(2).toString(),
                        "message", "Second half ships Thursday"))
                .put("/api/jobs/" + job + "/customer-update").then().statusCode(200);
        jobs.ship(job, Map.of("quantity", 4, "carrier", "UPS", "trackingNumber", "1Z42")).statusCode(201);
        Map<String, Object> created = share(job, Map.of("label", "Northwind purchasing", "expiresInHours", 48));
        String token = (String) created.get("token");
        assertThat(token).hasSize(43);
        assertThat((String) created.get("url")).endsWith("/share/" + token);

        String acme = Tokens.claims(alex).path("tenant").path("acme").path("id").asText();
        TenantEventsFixture.named(acme, "acme", "Acme Precision Machining");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/api/shared/" + token).then().statusCode(200)
                        .body("shopName", is("Acme Precision Machining")));
        var response = given().get("/api/shared/" + token).then().statusCode(200)
                .header("Cache-Control", "no-store").extract();
        JsonPath body = response.jsonPath();
        Map<String, Object> status = body.getMap("$");
        assertThat(status.keySet()).containsExactlyInAnyOrder("shopName", "jobNumber", "partNumber", "stage",
                "progressPercent", "nextUpdate", "shipments");
        assertThat(body.getMap("nextUpdate").keySet()).containsExactlyInAnyOrder("date", "message");
        assertThat(body.getList("shipments", Map.class)).hasSize(1);
        assertThat(body.getMap("shipments[0]").keySet()).containsExactlyInAnyOrder("quantity", "carrier",
                "trackingNumber", "shippedAt", "deliveredAt");
        assertThat(body.getString("stage")).isEqualTo("ready_to_ship");
        assertThat(body.getInt("progressPercent")).isEqualTo(100);
        assertThat(body.getString("nextUpdate.message")).isEqualTo("Second half ships Thursday");
        assertThat(body.getString("shipments[0].trackingNumber")).isEqualTo("1Z42");
        String raw = response.asString();
        for (String internal : Set.of(job, "alex@acme.example", "Northwind Robotics", "tenant", "owner")) {
            assertThat(raw).as("leaks " + internal).doesNotContain(internal);
        }
        int opened = given().auth().oauth2(alex).get("/api/jobs/" + job + "/share-links").then().extract()
                .path("items[0].openedCount");
        given().get("/api/shared/" + token).then().statusCode(200);
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/share-links").then().statusCode(200)
                .body("items[0].openedCount", is(opened + 1))
                .body("items[0].active", is(true))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("token")));
    }

    @Test
    void revoked_expired_and_random_tokens_all_answer_404() {
        String job = jobs.create(3, LocalDate.now().plusDays(4));
        Map<String, Object> revoked = share(job, Map.of());
        given().get("/api/shared/" + revoked.get("token")).then().statusCode(200);
        given().auth().oauth2(alex).post("/api/jobs/" + job + "/share-links/" + revoked.get("id") + "/revoke")
                .then().statusCode(200).body("active", is(false));
        given().get("/api/shared/" + revoked.get("token")).then().statusCode(404);

        Map<String, Object> expiring = share(job, Map.of("expiresInHours", 1));
        given().get("/api/shared/" + expiring.get("token")).then().statusCode(200);
        int moved = TenantTransactions.forTenant(acme(), () -> ShareLink.update(
                "expiresAt = ?1 where id = ?2", OffsetDateTime.now().minusSeconds(1),
                UUID.fromString((String) expiring.get("id"))));
        assertThat(moved).isEqualTo(1);
        given().get("/api/shared/" + expiring.get("token")).then().statusCode(404);

        given().get("/api/shared/" + ShareTokens.newToken()).then().statusCode(404);
        given().get("/api/shared/short").then().statusCode(404);
        given().get("/api/shared/" + "x".repeat(1000)).then().statusCode(404);
    }

    @Test
    void a_suspended_shops_share_links_answer_404_until_it_is_reinstated() {
        String bea = Tokens.accessToken("bea@bluefin.example");
        String bluefin = Tokens.claims(bea).path("tenant").path("bluefin").path("id").asText();
        String job = new JobFixture(bea).create(2, LocalDate.now().plusDays(4));
        String token = given().auth().oauth2(bea).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + job + "/share-links").then().statusCode(201).extract().path("token");
        given().get("/api/shared/" + token).then().statusCode(200);
        try {
            TenantEventsFixture.publish("tenant.suspended", bluefin, "bluefin", "SUSPENDED", "Unpaid invoices");
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    given().get("/api/shared/" + token).then().statusCode(404));
        } finally {
            TenantEventsFixture.publish("tenant.reinstated", bluefin, "bluefin", "ACTIVE", null);
        }
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/shared/" + token).then().statusCode(200));
    }

    @Test
    void the_token_is_only_stored_hashed() {
        String job = jobs.create(3, LocalDate.now().plusDays(4));
        Map<String, Object> created = share(job, Map.of());
        String token = (String) created.get("token");
        Object[] row = TenantTransactions.forTenant(acme(), () -> (Object[]) ShareLink.getEntityManager()
                .createNativeQuery("select * from share_link where id = :id")
                .setParameter("id", UUID.fromString((String) created.get("id"))).getSingleResult());
        assertThat(row).noneSatisfy(column -> assertThat(String.valueOf(column)).contains(token));
        assertThat(row).contains(ShareTokens.hash(token));
    }

    @Test
    void only_a_shop_admin_shares_and_another_shop_cannot_see_create_or_revoke() {
        String job = jobs.create(3, LocalDate.now().plusDays(4));
        Map<String, Object> created = share(job, Map.of());
        String sam = Tokens.accessToken("sam@acme.example");
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of())
                .post("/api/jobs/" + job + "/share-links").then().statusCode(403);
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("nextUpdateOn", LocalDate.now().toString(), "message", "x"))
                .put("/api/jobs/" + job + "/customer-update").then().statusCode(403);
        String cole = Tokens.accessToken("cole@cobalt.example");
        CrossTenantMatrix.assertHiddenFrom(cole, List.of(
                Probe.get("/api/jobs/" + job + "/share-links"),
                Probe.post("/api/jobs/" + job + "/share-links", "{}"),
                Probe.post("/api/jobs/" + job + "/share-links/" + created.get("id") + "/revoke", ""),
                Probe.put("/api/jobs/" + job + "/customer-update", "{\"nextUpdateOn\":\"2030-01-01\",\"message\":\"x\"}")));
        given().get("/api/shared/" + created.get("token")).then().statusCode(200);
    }

    @Test
    void bad_share_input_is_a_400_naming_the_field() {
        String job = jobs.create(3, LocalDate.now().plusDays(4));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("expiresInHours", 0))
                .post("/api/jobs/" + job + "/share-links").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("expiresInHours"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("expiresInHours", 100_000))
                .post("/api/jobs/" + job + "/share-links").then().statusCode(400)
                .body("errors.field", hasItem("expiresInHours"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("message", "x"))
                .put("/api/jobs/" + job + "/customer-update").then().statusCode(400)
                .body("errors.field", hasItem("nextUpdateOn"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("nextUpdateOn", "soon", "message", "x"))
                .put("/api/jobs/" + job + "/customer-update").then().statusCode(400)
                .body("detail", containsString("nextUpdateOn"));
    }
}
