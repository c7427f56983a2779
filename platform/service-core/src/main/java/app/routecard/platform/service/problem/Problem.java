package app.routecard.platform.service.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the field it concerns (a JSON path such as {@code lines[2].quantity}) and why. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    /** A problem with one named field, e.g. a 409 for a taken slug or a 400 a rule of the domain found. */
    public static Problem forField(int status, String title, String detail, String field, String message) {
        return new Problem("about:blank", title, status, detail, null, List.of(new FieldError(field, message)));
    }

    /** This problem as a response with the problem+json media type. */
    public jakarta.ws.rs.core.Response toResponse() {
        return jakarta.ws.rs.core.Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
