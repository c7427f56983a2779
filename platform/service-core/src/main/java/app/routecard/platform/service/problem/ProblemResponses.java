package app.routecard.platform.service.problem;

import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.service.rules.RuleRefused;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception a request can raise into problem+json: validation and malformed input name the field;
 * the database away is a 503 with {@code Retry-After}; anything unexpected is a 500 that shows an error id and never
 * a stack trace or SQL.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    /** The problem type of every refusal by a named rule. */
    public static final String RULE_TYPE = "https://routecard.app/problems/rule";

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(new Problem("about:blank", "Invalid request", 400, "Invalid value for: " + fields, null,
                errors));
    }

    /** Quarkus has its own mapper for this subtype; ours must name it to take precedence. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException exception) {
        return unreadableJson(exception);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception) {
        String field = exception instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String detail = field.isEmpty() ? "The request body is not valid JSON"
                : "Invalid value for: " + field;
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, "has the wrong type or format"));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, null, errors));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response original = exception.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        if (exception.getCause() != null && exception.getCause().getClass() == WebApplicationException.class
                && ((WebApplicationException) exception.getCause()).getResponse().getEntity() instanceof Problem) {
            return ((WebApplicationException) exception.getCause()).getResponse();
        }
        int status = original.getStatus();
        String reason = original.getStatusInfo().getReasonPhrase();
        String detail = status >= 500 ? null : exception.getMessage();
        return respond(Problem.of(status, reason, detail));
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException exception) {
        return respond(Problem.of(403, "Forbidden", "Your role does not allow this action"));
    }

    /** Input the bean constraints cannot judge alone: 400 naming the field. */
    @ServerExceptionMapper
    public Response invalidField(InvalidField invalid) {
        return respond(Problem.forField(400, "Invalid input", invalid.field() + ": " + invalid.getMessage(),
                invalid.field(), invalid.getMessage()));
    }

    /** A named rule of the domain refused the action: 409, the rule's name in the title, its words in detail. */
    @ServerExceptionMapper
    public Response ruleRefused(RuleRefused refused) {
        return respond(refusal(refused.refusal()));
    }

    /** The problem document of a refusal; {@code type} lets a client (the portal) tell a rule from other 409s. */
    public static Problem refusal(Refusal refusal) {
        return new Problem(RULE_TYPE, "Refused by rule " + refusal.rule(), 409, refusal.explanation(), null,
                List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        java.util.Optional<Conflicts.Conflict> conflict = Conflicts.of(exception);
        if (conflict.isPresent()) {
            LOG.debugf("Concurrent change answered 409: %s", exception);
            return respond(Conflicts.problem(conflict.get()));
        }
        if (DatabaseAway.is(exception)) {
            LOG.warnf("The database is not answering; answered 503: %s", exception.toString());
            return Response.fromResponse(respond(Problem.of(503, "Service Unavailable",
                    "The database is not answering right now; please try again shortly."))).header("Retry-After", "5")
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error %s", errorId);
        return respond(Problem.of(500, "Internal Server Error", "Unexpected error; reference " + errorId));
    }

    private static Response respond(Problem problem) {
        return problem.toResponse();
    }

    /** The property path without the method and parameter names Bean Validation puts in front of it. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        // "create.request.name" -> "name"; "create.request" -> "request"
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
