package app.routecard.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a person in to the portal the way a browser does, through Keycloak's real login page (which asks for the
 * username first, then the password), for tests that check pages without driving a browser. The returned client
 * keeps the session cookies.
 */
public final class KeycloakLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private KeycloakLogin() {
    }

    /** A signed-in client and the page the portal showed after the sign-in. */
    public record Session(HttpClient client, HttpResponse<String> landing) {
    }

    public static Session signIn(String portalUrl, String username, String password)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostBrowserCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(portalUrl + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        page = submit(browser, page.body(), Map.of("username", username));
        if (page.body().contains("name=\"password\"")) {
            page = submit(browser, page.body(), Map.of("password", password));
        }
        return new Session(browser, page);
    }

    /** Fills and posts the first form of a Keycloak page. */
    public static HttpResponse<String> submit(HttpClient browser, String page, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("No login form in the page:\n" + page);
        }
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest post = HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        return browser.send(post, HttpResponse.BodyHandlers.ofString());
    }
}
