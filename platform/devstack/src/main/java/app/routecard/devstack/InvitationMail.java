package app.routecard.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does what an invited person does: opens the set-password e-mail Keycloak sent (read from the stack's SMTP
 * server), follows its link and chooses a password, the way a browser would.
 */
public final class InvitationMail {

    private static final Pattern ACTION_LINK = Pattern.compile("(http://[^\\s\"<>\\\\]+/login-actions/action-token\\?[^\\s\"<>\\\\]+)");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern PROCEED_LINK = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"");

    private InvitationMail() {
    }

    public static void setPassword(StackLayout stack, String email, String newPassword) {
        String link = awaitActionLink(stack, email);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new app.routecard.devstack.LocalhostBrowserCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String page = fetch(browser, link);
            Matcher proceed = PROCEED_LINK.matcher(page);
            if (!page.contains("password-new") && proceed.find()) {
                page = fetch(browser, unescape(proceed.group(1)));
            }
            Matcher form = FORM_ACTION.matcher(page);
            if (!form.find()) {
                throw new AssertionError("No password form behind the invitation link:\n" + page);
            }
            String body = "password-new=" + URLEncoder.encode(newPassword, StandardCharsets.UTF_8)
                    + "&password-confirm=" + URLEncoder.encode(newPassword, StandardCharsets.UTF_8);
            HttpResponse<String> result = browser.send(HttpRequest.newBuilder(URI.create(unescape(form.group(1))))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (result.statusCode() >= 400) {
                throw new AssertionError("Keycloak refused the new password: HTTP " + result.statusCode());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls the stack's mail server (GreenMail's API) until Keycloak's mail with the action link is there. */
    private static String awaitActionLink(StackLayout stack, String email) {
        String inbox = "http://127.0.0.1:" + stack.ports().mailApi() + "/api/user/" + email + "/messages/";
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            while (true) {
                String messages = http.send(HttpRequest.newBuilder(URI.create(inbox)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                // Quoted-printable: join soft line breaks and decode '=3D' before looking for the link.
                String decoded = messages.replace("=\\r\\n", "").replace("=\r\n", "").replace("=3D", "=")
                        .replace("\\u003d", "=").replace("\\u0026", "&");
                Matcher matcher = ACTION_LINK.matcher(decoded);
                if (matcher.find()) {
                    return unescape(matcher.group(1));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("No set-password mail for " + email + " within 30 s");
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String fetch(HttpClient browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }
}
