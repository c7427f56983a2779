package app.routecard.tenant.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TestStack;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "tenant-service"))
class OnboardingTest {

    @Inject
    Keycloak keycloak;

    @Inject
    IdentityDirectory realDirectory;

    private static String operator() {
        return Tokens.accessToken("olivia@routecard.example");
    }

    private static Map<String, Object> request(String slug, String kind, String adminEmail) {
        return Map.of("name", "Tenant " + slug, "kind", kind, "slug", slug, "adminEmail", adminEmail,
                "adminFirstName", "Ada", "adminLastName", "Admin");
    }

    private static String uniqueSlug() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onboarding_creates_the_organization_the_admin_with_its_role_and_mails_a_set_password_link() {
        String slug = uniqueSlug();
        String email = "owner@" + slug + ".example";
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(request(slug, "SHOP", email))
                .when().post("/api/tenants")
                .then().statusCode(201)
                .body("slug", is(slug)).body("kind", is("SHOP")).body("status", is("ACTIVE"))
                .body("publicSlug", is(slug))
                .extract().path("id");

        var organization = keycloak.realm("routecard").organizations().get(id).toRepresentation();
        assertThat(organization.getAlias()).isEqualTo(slug);
        var members = keycloak.realm("routecard").organizations().get(id).members().getAll();
        assertThat(members).extracting(member -> member.getEmail()).containsExactly(email);
        String userId = members.get(0).getId();
        assertThat(keycloak.realm("routecard").users().get(userId).roles().realmLevel().listAll())
                .extracting(role -> role.getName()).contains("shop_admin");
        assertThat(keycloak.realm("routecard").users().get(userId).toRepresentation().getRequiredActions())
                .contains("UPDATE_PASSWORD");

        String inbox = "http://127.0.0.1:" + TestStack.ensureUp().ports().mailApi() + "/api/user/" + email
                + "/messages/";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(httpGet(inbox)).contains("Update Your Account"));

        // The admin follows the link, sets a password and logs in: the token carries the tenant and the role.
        app.routecard.platform.testing.InvitationMail.setPassword(email, "First-login-2026!");
        String token = Tokens.accessToken(TestStack.ensureUp(), "routecard-dev", email, "First-login-2026!");
        assertThat(Tokens.claims(token).path("tenant").path(slug).path("id").asText()).isEqualTo(id);
        assertThat(Tokens.claims(token).path("realm_access").path("roles").toString()).contains("shop_admin");
    }

    @Test
    void onboarding_again_with_the_same_details_returns_the_same_tenant_and_creates_nothing() {
        String slug = uniqueSlug();
        Map<String, Object> body = request(slug, "BUYER", "buyer@" + slug + ".example");
        String first = given().auth().oauth2(operator()).contentType(ContentType.JSON).body(body)
                .post("/api/tenants").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(operator()).contentType(ContentType.JSON).body(body)
                .post("/api/tenants").then().statusCode(200).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(keycloak.realm("routecard").organizations().get(first).members().getAll()).hasSize(1);
    }

    @Test
    void a_taken_slug_with_other_details_is_a_409_naming_the_slug() {
        String slug = uniqueSlug();
        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(request(slug, "SHOP", "a@" + slug + ".example")).post("/api/tenants").then().statusCode(201);
        given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(request(slug, "SHOP", "someone-else@" + slug + ".example"))
                .post("/api/tenants")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void an_existing_keycloak_organization_is_adopted_with_its_id_as_the_tenant_id() {
        String alexTenantId = Tokens.claims(Tokens.accessToken("alex@acme.example"))
                .path("tenant").path("acme").path("id").asText();
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme Precision Machining", "kind", "SHOP", "slug", "acme",
                        "adminEmail", "alex@acme.example", "adminFirstName", "Alex", "adminLastName", "Alvarez"))
                .post("/api/tenants").then().statusCode(org.hamcrest.Matchers.anyOf(is(200), is(201)))
                .extract().path("id");
        assertThat(id).isEqualTo(alexTenantId);
        given().auth().oauth2(Tokens.accessToken("alex@acme.example"))
                .when().get("/api/tenants/me")
                .then().statusCode(200).body("slug", is("acme")).body("id", is(alexTenantId));
    }

    @Test
    void bad_input_is_a_400_naming_each_field_never_a_500() {
        String token = operator();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/tenants").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("slug")).body("errors.field", hasItem("adminEmail"));
        Map<String, Object> longName = new java.util.HashMap<>(request(uniqueSlug(), "SHOP", "x@y.example"));
        longName.put("name", "x".repeat(10_000));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(longName)
                .post("/api/tenants").then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request("Not A Slug!", "SHOP", "x@y.example"))
                .post("/api/tenants").then().statusCode(400).body("errors.field", hasItem("slug"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(uniqueSlug(), "FACTORY", "x@y.example"))
                .post("/api/tenants").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(uniqueSlug(), "SHOP", "not-an-email"))
                .post("/api/tenants").then().statusCode(400).body("errors.field", hasItem("adminEmail"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/tenants").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void only_operators_onboard() {
        given().auth().oauth2(Tokens.accessToken("alex@acme.example")).contentType(ContentType.JSON)
                .body(request(uniqueSlug(), "SHOP", "x@y.example"))
                .post("/api/tenants").then().statusCode(403);
    }

    @Test
    void when_keycloak_fails_mid_way_nothing_is_left_half_created() {
        String slug = uniqueSlug();
        String email = "owner@" + slug + ".example";
        FailingAtMembership failing = new FailingAtMembership(new KeycloakIdentityDirectory(keycloak, "routecard"));
        QuarkusMock.installMockForInstance(failing, realDirectory);
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(request(slug, "SHOP", email))
                .post("/api/tenants")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("nothing was created"));
        failing.healed = true;
        assertThat(keycloak.realm("routecard").users().searchByUsername(email, true)).isEmpty();
        assertThat(keycloak.realm("routecard").organizations().getAll())
                .noneMatch(organization -> slug.equals(organization.getAlias()));
        given().auth().oauth2(operator()).queryParam("q", slug).get("/api/tenants")
                .then().statusCode(200).body("total", is(0));
        // and a retry, with Keycloak healthy again, completes
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(request(slug, "SHOP", email))
                .post("/api/tenants").then().statusCode(201);
    }

    @Test
    void with_keycloak_stopped_onboarding_is_a_503_within_5_seconds_creates_nothing_and_succeeds_once_it_is_back() {
        String operator = operator(); // before the stop: tokens are verified with the keys the service cached
        String slug = uniqueSlug();
        String email = "owner@" + slug + ".example";
        TestStack.stop("keycloak");
        try {
            long begin = System.nanoTime();
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(request(slug, "SHOP", email))
                    .post("/api/tenants")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", containsString("nothing was created"));
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            System.out.println("Onboarding with Keycloak stopped answered 503 in " + took.toMillis() + " ms");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            given().auth().oauth2(operator).queryParam("q", slug).get("/api/tenants")
                    .then().statusCode(200).body("total", is(0));
        } finally {
            TestStack.restart();
        }
        // The same request, once Keycloak is back (and the circuit breaker has let a call through again).
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().oauth2(operator).contentType(ContentType.JSON).body(request(slug, "SHOP", email))
                        .post("/api/tenants").then().statusCode(201));
        assertThat(keycloak.realm("routecard").organizations().searchByAttribute("routecard_slug:" + slug))
                .extracting(organization -> organization.getAlias()).containsExactly(slug);
        assertThat(keycloak.realm("routecard").users().searchByUsername(email, true)).hasSize(1);
    }

    /** The real Keycloak directory, except that adding the member fails as if Keycloak dropped the call. */
    static final class FailingAtMembership extends KeycloakIdentityDirectory {
        private final IdentityDirectory real;
        volatile boolean healed;

        FailingAtMembership(IdentityDirectory real) {
            super(null, "routecard");
            this.real = real;
        }

        @Override
        public Provisioned ensureOrganization(String slug, String name) {
            return real.ensureOrganization(slug, name);
        }

        @Override
        public Provisioned ensureUser(String email, String firstName, String lastName) {
            return real.ensureUser(email, firstName, lastName);
        }

        @Override
        public void grantRealmRole(String userId, String role) {
            real.grantRealmRole(userId, role);
        }

        @Override
        public void addMember(String organizationId, String userId) {
            if (healed) {
                real.addMember(organizationId, userId);
                return;
            }
            throw new Unavailable("Keycloak dropped the connection", new java.io.IOException("connection reset"));
        }

        @Override
        public void sendSetPasswordEmail(String userId) {
            real.sendSetPasswordEmail(userId);
        }

        @Override
        public void deleteOrganization(String organizationId) {
            real.deleteOrganization(organizationId);
        }

        @Override
        public void deleteUser(String userId) {
            real.deleteUser(userId);
        }
    }

    private static String httpGet(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
