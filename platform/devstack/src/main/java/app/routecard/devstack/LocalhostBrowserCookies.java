package app.routecard.devstack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cookies kept the way a browser keeps them for the local stack: browsers treat http://localhost and every
 * loopback address (127.0.0.0/8, where the end-to-end stack is published) as a secure context and send them cookies
 * marked Secure (Keycloak marks its login cookies so); java.net's CookieManager would not. For clients that walk through Keycloak's pages like a person (tests, scripts).
 */
public final class LocalhostBrowserCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        responseHeaders.forEach((name, values) -> headers.put(name, name != null
                && name.equalsIgnoreCase("Set-Cookie") && loopback(uri.getHost())
                ? values.stream().map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList()
                : values));
        cookies.put(uri, headers);
    }

    private static boolean loopback(String host) {
        return "localhost".equals(host) || (host != null && host.startsWith("127."));
    }
}
