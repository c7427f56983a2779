package app.routecard.portal.files;

import app.routecard.portal.home.ServiceDirectory;
import app.routecard.portal.web.CsrfToken;
import app.routecard.portal.web.ServiceProblem;
import app.routecard.portal.web.WebFilters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The browser's uploads ({@code POST /uploads?…}, {@code multipart/form-data} from the page's drop zone): the body
 * is piped to files-service as it arrives, with the user's access token, so the portal never holds a file in
 * memory or on disk, whatever its size. Outside RESTEasy on purpose: its form reading (which the CSRF filter of
 * the pages asks for) would buffer the whole body. The answer is small JSON for the page's script: {@code message}
 * in words and, on success, {@code fileId} and {@code revision}.
 */
@ApplicationScoped
public class UploadRoute {

    static final String PATH = "/uploads";
    private static final Logger LOG = Logger.getLogger(UploadRoute.class);
    private static final Set<String> ROLES = Set.of("shop_admin", "shop_floor", "buyer");

    private final ServiceDirectory directory;
    private final ObjectMapper json;
    private final HttpClient client;

    public UploadRoute(Vertx vertx, ServiceDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(120));
    }

    void register(@Observes Router router) {
        // Ahead of the HTTP layer's body-size limit (kept small for every form): files-service limits uploads by
        // its own setting, and answers 413 from the Content-Length before a byte is sent on.
        router.post(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::upload);
    }

    private void upload(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.pause();
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity()
                : null;
        AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
        if (identity == null || identity.isAnonymous() || token == null) {
            reply(context, 401, Map.of("message", "You are signed out. Reload the page, sign in and try again."));
            return;
        }
        if (!forgeryFree(request)) {
            reply(context, 403, Map.of("message", "This page has expired. Reload it and try again."));
            return;
        }
        if (identity.getRoles().stream().noneMatch(ROLES::contains)) {
            reply(context, 403, Map.of("message", "Your role does not allow uploading files."));
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            reply(context, 400, Map.of("message", "Send the file as multipart/form-data, in the part named file."));
            return;
        }
        Map<String, String> query = context.queryParams().entries().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Optional<UploadTarget> target = UploadTarget.of(query);
        if (target.isEmpty()) {
            reply(context, 400, Map.of("message", "This upload has no place: the page's link is broken."));
            return;
        }
        RequestOptions forward = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(directory.services().get("files").url() + target.get().path())
                .setIdleTimeout(120_000)
                .putHeader("Authorization", "Bearer " + token.getToken())
                .putHeader("Content-Type", contentType)
                .putHeader("Accept", "application/json, application/problem+json");
        String length = request.getHeader("Content-Length");
        if (length != null) {
            forward.putHeader("Content-Length", length);
        }
        client.request(forward)
                .compose(outgoing -> outgoing.send(request))
                .compose(response -> response.body().map(body -> answer(response, body)))
                .onSuccess(answer -> reply(context, answer.status(), answer.body()))
                .onFailure(failure -> {
                    LOG.warnf("An upload could not reach files-service: %s", failure.toString());
                    reply(context, 503, Map.of("message", "The files service is not answering right now. Nothing"
                            + " was stored; please try again in a minute."));
                });
    }

    private boolean forgeryFree(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !WebFilters.sameOrigin(origin, URI.create(request.absoluteURI()))) {
            return false;
        }
        Cookie cookie = request.getCookie(CsrfToken.COOKIE);
        return cookie != null && CsrfToken.matches(cookie.getValue(), request.getHeader(CsrfToken.HEADER));
    }

    private record Answer(int status, Map<String, Object> body) {
    }

    private Answer answer(HttpClientResponse response, Buffer body) {
        JsonNode document = read(body);
        int status = response.statusCode();
        if (status == 201 && document != null) {
            Map<String, Object> done = new LinkedHashMap<>();
            String location = response.getHeader("Location");
            String fileId = location == null ? "" : location.replaceAll(".*/api/files/([0-9a-f-]{36}).*", "$1");
            done.put("fileId", fileId);
            done.put("revision", document.path("revision").asText());
            done.put("message", document.path("originalName").asText("The file") + " uploaded as revision "
                    + document.path("revision").asText() + ".");
            return new Answer(201, done);
        }
        if (status >= 500 || status == 404) {
            return new Answer(status >= 500 ? 503 : 404, Map.of("message", status == 404
                    ? "That file is not there any more, or is not yours. Reload the page."
                    : "The files service could not store the file right now. Nothing was stored; please try"
                    + " again in a minute."));
        }
        return new Answer(status, Map.of("message", UploadMessages.of(ServiceProblem.of(status, document))));
    }

    private JsonNode read(Buffer body) {
        try {
            return body.length() == 0 ? null : json.readTree(body.getBytes());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void reply(RoutingContext context, int status, Map<String, ?> body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            text = "{}";
        }
        var response = context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store");
        if (status >= 400) {
            // The rest of a refused body is not read: close the connection rather than drain it.
            response.putHeader("Connection", "close");
        }
        response.end(text);
    }
}
