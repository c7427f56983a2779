package app.routecard.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.KeycloakLogin;
import app.routecard.platform.testing.RealStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's pages on the real test stack, signed in through Keycloak's real login page. The test stack runs
 * no services, so every page that needs one meets a service that is down.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = {@ResourceArg(name = "service", value = "portal"),
        @ResourceArg(name = "fixedPort", value = "true")})
class PortalPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("X-CSRF-Token&quot;: &quot;([A-Za-z0-9_-]{43})"
            + "|X-CSRF-Token\": \"([A-Za-z0-9_-]{43})");

    @TestHTTPResource("/")
    URI root;

    private HttpClient alex;
    private HttpResponse<String> landing;
    private String home;

    @BeforeEach
    void signIn() throws Exception {
        String portal = root.toString().replaceAll("/$", "");
        KeycloakLogin.Session session = KeycloakLogin.signIn(portal, "alex@acme.example",
                DevCredentials.DEMO_PASSWORD);
        alex = session.client();
        landing = session.landing();
        home = landing.body();
        assertThat(session.landing().statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return alex.send(HttpRequest.newBuilder(root.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return alex.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    @Test
    void the_layout_shows_the_user_the_roles_menu_and_sign_out_and_locks_the_page_down() throws Exception {
        assertThat(home).contains("Welcome, Alex Alvarez").contains(">Home</a>").contains(">Sign out</a>")
                .contains("/webjars/htmx.org/2.0.10/dist/htmx.min.js")
                .contains("/webjars/picocss__pico/2.1.1/css/pico.min.css");
        assertThat(home).doesNotContain("eyJ").as("no access token in the page");
        assertThat(home).as("the bell, which counts itself").contains("id=\"bell\"")
                .contains("hx-get=\"/notifications/bell\"");
        HttpResponse<String> bell = get("/notifications/bell");
        assertThat(bell.statusCode()).as("notifications-service is not running here: a bell without a count")
                .isEqualTo(200);
        assertThat(bell.body()).contains(">Notifications<").doesNotContain("bell-count");
        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void a_page_whose_service_is_down_shows_a_banner_and_answers_503_without_a_stack_trace() throws Exception {
        HttpResponse<String> floor = get("/floor/jobs/" + UUID.randomUUID());
        assertThat(floor.statusCode()).isEqualTo(503);
        assertThat(floor.body()).contains("role=\"alert\"").contains("The jobs service is not answering right now.")
                .contains("Nothing was changed").doesNotContain("Exception").doesNotContain("at app.routecard");
    }

    @Test
    void a_page_for_another_role_and_an_address_without_a_page_answer_pages_in_words_not_problem_documents()
            throws Exception {
        HttpResponse<String> operators = get("/operator/tenants");
        assertThat(operators.statusCode()).as("the operator's page, for a shop admin").isEqualTo(403);
        assertThat(operators.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(operators.body()).contains("<h1>Not for your role</h1>").contains(">Sign out</a>")
                .doesNotContain("about:blank");
        // The scoring screens are the operator's (the buyer's view of a supplier is a buyer's): a shop admin is
        // refused each, page and form alike, before any service is asked.
        for (String path : java.util.List.of("/operator/scoring", "/operator/leaderboards",
                "/operator/leaderboards/acme", "/suppliers/acme", "/suppliers/acme?view=mine")) {
            HttpResponse<String> refused = get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("<h1>Not for your role</h1>");
        }
        HttpResponse<String> suspension = alex.send(HttpRequest.newBuilder(root.resolve(
                        "/operator/leaderboards/acme/suspension"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", csrfOf(home))
                .POST(HttpRequest.BodyPublishers.ofString("reason=none")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(suspension.statusCode()).as("a shop admin suspending a supplier").isEqualTo(403);
        for (String path : java.util.List.of("/no/such/page", "/jobs/not-a-job-id", "/quotes/42")) {
            HttpResponse<String> missing = get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("<h1>Not found</h1>").doesNotContain("about:blank");
        }
    }

    @Test
    void a_form_post_without_the_csrf_token_or_from_another_site_is_refused() throws Exception {
        String job = "/floor/jobs/" + UUID.randomUUID() + "/scan";
        HttpResponse<String> without = postForm(job, "good=1", null);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("This form has expired");
        String token = csrfOf(home);
        HttpResponse<String> foreign = postForm(job, "good=1&_csrf=" + token, "http://evil.example");
        assertThat(foreign.statusCode()).as("another origin, even with the token").isEqualTo(403);
        HttpResponse<String> wrong = postForm(job, "good=1&_csrf=" + "x".repeat(43), null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        // With the token (htmx sends it as a header) the request passes the guard and reaches the page, which then
        // finds job-service down.
        HttpResponse<String> viaHeader = alex.send(HttpRequest.newBuilder(root.resolve(job))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("good=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaHeader.statusCode()).as(viaHeader.body()).isEqualTo(503);
        HttpResponse<String> formField = postForm(job, "good=1&_csrf=" + token, null);
        assertThat(formField.statusCode()).as("a plain form with its hidden field").isEqualTo(503);
        HttpResponse<String> allowed = postForm(job, "good=1&_csrf=" + token, root.toString().replaceAll("/$", ""));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(503);
    }

    @Test
    void an_upload_is_refused_in_words_without_the_token_signed_out_or_from_another_site_and_files_down_is_a_503()
            throws Exception {
        String token = csrfOf(home);
        String boundary = "routecard-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--" + boundary + "--\r\n";
        String path = "/uploads?purpose=DRAWING&subjectType=JOB&subjectId=" + UUID.randomUUID();
        java.util.function.BiFunction<HttpClient, java.util.Map<String, String>, HttpResponse<String>> upload =
                (client, headers) -> {
                    HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body));
                    headers.forEach(request::header);
                    try {
                        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
        HttpResponse<String> signedOut = upload.apply(HttpClient.newHttpClient(), java.util.Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(401);
        assertThat(signedOut.body()).contains("You are signed out");
        HttpResponse<String> withoutToken = upload.apply(alex, java.util.Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("This page has expired");
        HttpResponse<String> foreign = upload.apply(alex, java.util.Map.of("X-CSRF-Token", token,
                "Origin", "http://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> broken = alex.send(HttpRequest.newBuilder(root.resolve("/uploads?fileId=../grants"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(400);
        HttpResponse<String> filesDown = upload.apply(alex, java.util.Map.of("X-CSRF-Token", token));
        assertThat(filesDown.statusCode()).as(filesDown.body()).isEqualTo(503);
        assertThat(filesDown.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(filesDown.body()).contains("The files service is not answering right now. Nothing was stored")
                .doesNotContain("Exception");
        HttpResponse<String> filePage = get("/files/" + UUID.randomUUID());
        assertThat(filePage.statusCode()).isEqualTo(503);
        assertThat(filePage.body()).contains("The files service is not answering right now.");
        assertThat(get("/files/" + UUID.randomUUID() + "/revisions/not-a-revision").statusCode()).isEqualTo(404);
    }

    @Test
    void the_csrf_cookie_is_http_only_and_same_site_strict_and_a_share_page_sets_none() throws Exception {
        assertThat(landing.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("rc_csrf=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/"));
        HttpClient fresh = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> share = fresh.send(HttpRequest.newBuilder(root.resolve("/share/" + "A".repeat(43)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(share.statusCode()).as("no sign-in for a share link; job-service is down here").isEqualTo(503);
        assertThat(share.headers().allValues("Set-Cookie")).as("a share page sets no cookie").isEmpty();
        HttpResponse<String> malformed = fresh.send(HttpRequest.newBuilder(root.resolve("/share/not-a-token!"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("This link is no longer valid");
    }
}
