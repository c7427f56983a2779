package app.routecard.marketplace.clock;

import app.routecard.platform.service.problem.InvalidField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The marketplace's time on a dev stack: the operator may move it (an award made "two weeks ago" gives a promise
 * that is already past, so a late shipment can be shown and tested end to end). Only where
 * {@code routecard.marketplace.clock.adjustable} is true, which the dev stack sets and production never does;
 * elsewhere moving it answers 404. The offset is kept in the database, so it holds on every replica.
 */
@Path("/api/operations/clock")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class DevClockResource {

    static final Duration LONGEST = Duration.ofDays(400);

    private final MarketClock clock;
    private final boolean adjustable;

    public DevClockResource(MarketClock clock,
                            @ConfigProperty(name = "routecard.marketplace.clock.adjustable", defaultValue = "false")
                            boolean adjustable) {
        this.clock = clock;
        this.adjustable = adjustable;
    }

    /** The marketplace's time, how far it is from the system's, and whether it may be moved here. */
    public record ClockView(OffsetDateTime now, String offset, boolean adjustable) {
    }

    /** The offset to set, as an ISO-8601 duration ({@code -P14D}, {@code PT0S}). */
    public record Move(String offset) {
    }

    @GET
    @Operation(summary = "The marketplace's time and its offset from the system clock")
    public ClockView get() {
        return new ClockView(clock.now(), clock.offset().toString(), adjustable);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the marketplace's time on a dev stack (404 where it is not adjustable)")
    public ClockView move(Move move) {
        if (!adjustable) {
            throw new NotFoundException("The marketplace clock is not adjustable here");
        }
        if (move == null || move.offset() == null || move.offset().isBlank()) {
            throw new InvalidField("offset", "is required: an ISO-8601 duration such as -P14D, or PT0S");
        }
        Duration offset;
        try {
            offset = Duration.parse(move.offset().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField("offset", "must be an ISO-8601 duration such as -P14D, not " + move.offset());
        }
        if (offset.abs().compareTo(LONGEST) > 0) {
            throw new InvalidField("offset", "must be within 400 days of the system clock");
        }
        clock.offset(offset);
        return get();
    }
}
