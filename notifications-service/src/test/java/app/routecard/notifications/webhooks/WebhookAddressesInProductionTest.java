package app.routecard.notifications.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSRF with production's settings: a webhook may not be aimed at this machine, the cloud's metadata service or a
 * private network, by address or by a name that resolves there; the refusal names the field.
 */
@QuarkusTest
@TestProfile(WebhookAddressesInProductionTest.ProductionAddresses.class)
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "notifications-service"))
class WebhookAddressesInProductionTest {

    /** Production's address rule: only public addresses. */
    public static class ProductionAddresses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("routecard.webhooks.private-addresses-allowed", "false");
        }
    }

    private final String alex = Tokens.accessToken("alex@acme.example");

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://10.0.0.1/hook", "https://[::1]/hook", "https://localhost/hook", "http://example.com/hook"})
    void an_endpoint_aimed_at_a_private_address_is_refused(String url) {
        given().auth().oauth2(alex).contentType("application/json").body(Map.of("url", url))
                .post("/api/webhooks/endpoints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }
}
