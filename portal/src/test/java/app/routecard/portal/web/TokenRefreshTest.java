package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.KeycloakLogin;
import app.routecard.platform.testing.RealStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The session renews its tokens before they expire. Tokens live 5 minutes; this profile starts the renewal when
 * 6 minutes are left, which is always (production: 1 minute), so the renewal happens on the very next page,
 * without waiting.
 */
@QuarkusTest
@TestProfile(TokenRefreshTest.RefreshAlmostAtOnce.class)
@QuarkusTestResource(value = RealStackResource.class, initArgs = {@ResourceArg(name = "service", value = "portal"),
        @ResourceArg(name = "fixedPort", value = "true")})
class TokenRefreshTest {

    public static class RefreshAlmostAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.token.refresh-token-time-skew", "6M");
        }
    }

    @TestHTTPResource("/")
    URI root;

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("q_session")).toList();
    }

    @Test
    void the_next_page_renews_the_tokens_and_the_person_stays_signed_in() throws Exception {
        KeycloakLogin.Session alex = KeycloakLogin.signIn(root.toString().replaceAll("/$", ""),
                "alex@acme.example", DevCredentials.DEMO_PASSWORD);
        assertThat(alex.landing().body()).contains("Welcome, Alex Alvarez");
        HttpResponse<String> next = alex.client().send(HttpRequest.newBuilder(root.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.uri().toString()).as("no trip to Keycloak's login page").startsWith(root.toString());
        assertThat(sessionCookies(next)).as("the session cookie holds renewed tokens").isNotEmpty();
        assertThat(next.body()).contains("Welcome, Alex Alvarez").contains(">Sign out</a>");
    }
}
