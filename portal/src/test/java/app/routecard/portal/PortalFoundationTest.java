package app.routecard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import app.routecard.devstack.Service;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ServiceFoundationContract;
import app.routecard.platform.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = {@ResourceArg(name = "service", value = "portal"),
        @ResourceArg(name = "fixedPort", value = "true")})
class PortalFoundationTest extends ServiceFoundationContract {

    @Override
    protected Service service() {
        return Service.PORTAL;
    }

    @Test
    void a_suspended_tenants_user_is_told_why_in_a_page() {
        String token = app.routecard.platform.testing.Tokens.accessToken("bea@bluefin.example");
        String tenantId = app.routecard.platform.testing.Tokens.claims(token).path("tenant").path("bluefin")
                .path("id").asText();
        try {
            app.routecard.platform.testing.TenantEventsFixture.publish("tenant.suspended", tenantId, "bluefin",
                    "SUSPENDED", "Quality <review>");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                    given().auth().oauth2(token).accept("text/html").when().get("/api/whoami")
                            .then().statusCode(403).contentType(containsString("text/html"))
                            .body(containsString("Organization suspended"))
                            .body(containsString("Quality &lt;review&gt;")));
        } finally {
            app.routecard.platform.testing.TenantEventsFixture.publish("tenant.reinstated", tenantId, "bluefin",
                    "ACTIVE", null);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/whoami").then().statusCode(200));
    }

    @Test
    void a_browser_without_a_session_is_sent_to_keycloak_to_sign_in_with_pkce() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Location", startsWith(TestStack.ensureUp().issuer() + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=portal"))
                .header("Location", containsString("code_challenge="))
                .header("Location", containsString("organization"));
    }
}
