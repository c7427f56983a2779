package app.routecard.portal.services;

import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceProblem;
import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/**
 * What a service's refusal means on a page, for every client's {@code @ClientExceptionMapper}: 404 is "not found"
 * (another tenant's object answers the same), another 4xx the service's problem document, 5xx the service away.
 */
public final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    static RuntimeException failure(String service, Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new ServiceUnavailable(service, null);
        }
        if (status == 404) {
            return new PageNotFound();
        }
        return ServiceProblem.of(status, body(response));
    }

    private static JsonNode body(Response response) {
        try {
            String text = response.readEntity(String.class);
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
