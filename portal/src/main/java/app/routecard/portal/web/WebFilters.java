package app.routecard.portal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * What every page gets: a refusal of state-changing requests without the CSRF token or from another origin, and
 * response headers that lock the page down (no inline script, no framing, no sniffing).
 */
public class WebFilters {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** No inline script or style anywhere; htmx and Pico come from the portal itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    private final CsrfToken csrf;

    public WebFilters(CsrfToken csrf) {
        this.csrf = csrf;
    }

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> refuseForgedRequests(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !isPage(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getUriInfo().getRequestUri())) {
            return Optional.of(refused());
        }
        jakarta.ws.rs.core.Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        String presented = request.getHeaderString(CsrfToken.HEADER);
        if (presented == null && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            Object field = context.getFormParameter(CsrfToken.FIELD, true, false);
            if (field instanceof java.util.Collection<?> values) {
                field = values.isEmpty() ? null : values.iterator().next();
            }
            presented = field instanceof org.jboss.resteasy.reactive.server.multipart.FormValue value
                    ? value.getValue() : field == null ? null : field.toString();
        }
        return cookie != null && CsrfToken.matches(cookie.getValue(), presented) ? Optional.empty()
                : Optional.of(refused());
    }

    @ServerResponseFilter
    public void secureHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!isPage(path)) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putIfAbsent("Referrer-Policy", java.util.List.of("same-origin"));
        if (csrf.issued()) {
            boolean https = "https".equals(request.getUriInfo().getRequestUri().getScheme());
            // Written out by hand: a JAX-RS NewCookie adds "Version=1", which some clients answer with RFC 2965
            // quoting ("$Version=1; rc_csrf=\"...\""), and the token would no longer match.
            response.getHeaders().add("Set-Cookie", CsrfToken.COOKIE + "=" + csrf.value() + "; Path=/; HttpOnly;"
                    + " SameSite=Strict" + (https ? "; Secure" : ""));
        }
    }

    /** The portal's pages; its JSON API (bearer tokens, no cookies) and Quarkus' endpoints are not forms. */
    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/webjars/");
    }

    public static boolean sameOrigin(String origin, URI request) {
        try {
            URI from = URI.create(origin);
            int fromPort = from.getPort() == -1 ? defaultPort(from.getScheme()) : from.getPort();
            int requestPort = request.getPort() == -1 ? defaultPort(request.getScheme()) : request.getPort();
            return from.getScheme().equals(request.getScheme()) && from.getHost().equalsIgnoreCase(request.getHost())
                    && fromPort == requestPort;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    private static Response refused() {
        return Response.status(403).type("text/html; charset=utf-8")
                .entity(ErrorPages.simplePage("This form has expired",
                        "The page was open too long or came from another site. Go back, reload it and try again."))
                .build();
    }
}
