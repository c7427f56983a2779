package app.routecard.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser's anti-forgery token: a random value kept in an HttpOnly, SameSite=Strict cookie and repeated in
 * every form (hidden {@code _csrf}) and htmx request ({@code X-CSRF-Token}). A cross-site page can neither read the
 * cookie nor make the browser send it, so it cannot produce a matching pair. Issued with the first page that
 * needs it.
 */
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "rc_csrf";
    static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpHeaders headers;
    private String value;
    private boolean issued;

    public CsrfToken(HttpHeaders headers) {
        this.headers = headers;
    }

    /** The request's token, or a new one that the response will set as the cookie. */
    public String value() {
        if (value == null) {
            jakarta.ws.rs.core.Cookie cookie = headers.getCookies().get(COOKIE);
            if (cookie != null && wellFormed(cookie.getValue())) {
                value = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return value;
    }

    /** Whether this request made a new token that the response must set. */
    boolean issued() {
        return issued;
    }

    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /** Compares in constant time. */
    public static boolean matches(String cookie, String presented) {
        return wellFormed(cookie) && wellFormed(presented)
                && java.security.MessageDigest.isEqual(cookie.getBytes(), presented.getBytes());
    }
}
