package app.routecard.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's view of a service's dead letters, and their replay once the cause is fixed. */
@Path("/api/operations/dead-letters")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final InboxProcessor processor;
    private final Instance<EventHandler> handlers;

    public DeadLetterResource(DeadLetters deadLetters, InboxProcessor processor, Instance<EventHandler> handlers) {
        this.deadLetters = deadLetters;
        this.processor = processor;
        this.handlers = handlers;
    }

    @GET
    @Operation(summary = "Events this service could not apply, newest first; open=false includes replayed ones")
    public List<DeadLetters.DeadLetter> list(@QueryParam("open") Boolean open,
                                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(!Boolean.FALSE.equals(open), limit);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Apply the event again, once, through the inbox")
    public Map<String, Object> replay(@PathParam("id") UUID id) {
        DeadLetters.DeadLetter letter = deadLetters.find(id).orElseThrow(() -> new NotFoundException("No dead letter"));
        EventHandler handler = handlers.stream().filter(h -> h.name().equals(letter.consumer())).findFirst()
                .orElseThrow(() -> new NotFoundException("No consumer " + letter.consumer() + " in this service"));
        InboxProcessor.Outcome outcome = processor.replay(handler, letter);
        return Map.of("id", id, "outcome", outcome.name());
    }

    /** The cause is not fixed yet: the letter stays open with the new error. */
    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public jakarta.ws.rs.core.Response replayFailed(InboxProcessor.ReplayFailed failed) {
        return app.routecard.platform.service.problem.Problem.of(409, "Replay failed",
                "The event failed again: " + failed.getMessage()).toResponse();
    }
}
