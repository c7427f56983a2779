package app.routecard.marketplace.scoring;

import app.routecard.marketplace.capability.Process;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.problem.InvalidField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Leaderboards of the network's suppliers, for the operator and for buyers choosing whom to invite. */
@Path("/api/leaderboards")
@RolesAllowed({"operator", "buyer"})
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {

    private final Leaderboards leaderboards;

    public LeaderboardResource(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @GET
    @Operation(summary = "Suppliers ranked by the lower bound of a dimension's score (or the composite's),"
            + " filtered by process and ship-from country, over the whole history or the last windowDays days, paged")
    public Paged<Leaderboards.Entry> board(@QueryParam("board") @DefaultValue("COMPOSITE") String board,
                                           @QueryParam("process") String process,
                                           @QueryParam("country") @Pattern(regexp = "[A-Z]{2}",
                                                   message = "must be an ISO 3166 country code such as DE")
                                           String country,
                                           @QueryParam("windowDays") String windowDays,
                                           @Valid @BeanParam ListWindow window) {
        return leaderboards.board(named(Leaderboards.Board.class, "board", board),
                process == null || process.isBlank() ? null : named(Process.class, "process", process), country,
                days(windowDays), window);
    }

    /** The window in days, 1 to 3650, or null for the whole history; 400 naming {@code windowDays} otherwise. */
    private static Integer days(String windowDays) {
        if (windowDays == null || windowDays.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(windowDays.strip());
            if (days >= 1 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        throw new InvalidField("windowDays", "must be a number of days from 1 to 3650, or absent for all time");
    }

    /** An enum constant by name, or 400 naming the parameter (JAX-RS would answer an unknown one with 404). */
    private static <E extends Enum<E>> E named(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
