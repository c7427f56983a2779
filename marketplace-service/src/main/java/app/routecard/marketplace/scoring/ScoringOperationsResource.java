package app.routecard.marketplace.scoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's scoring settings: read them beside the network's actual means, change them, audit the changes. */
@Path("/api/operations/scoring")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringOperationsResource {

    private final ScoringSettingsSource settings;
    private final Scorecards scorecards;
    private final SecurityIdentity identity;
    private final ScorecardReads reads;
    private final ScorecardRebuild rebuild;
    private final StandingChanges standingChanges;

    public ScoringOperationsResource(ScoringSettingsSource settings, Scorecards scorecards,
                                     SecurityIdentity identity, ScorecardReads reads, ScorecardRebuild rebuild,
                                     StandingChanges standingChanges) {
        this.rebuild = rebuild;
        this.standingChanges = standingChanges;
        this.settings = settings;
        this.scorecards = scorecards;
        this.identity = identity;
        this.reads = reads;
    }

    /** The settings in force and, per dimension, the network's weighted mean to compare with the prior mean. */
    public record SettingsView(ScoringSettingsSource.Stored stored, Map<Dimension, Double> networkMeans) {
    }

    @GET
    @Path("/settings")
    @Operation(summary = "The scoring settings in force, with the network's weighted mean per dimension")
    public SettingsView get() {
        ScoringSettingsSource.Stored stored = settings.stored();
        return new SettingsView(stored, scorecards.networkMeans(stored.settings().settings().halfLifeDays()));
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the scoring settings (400 naming the field when one is missing or out of range,"
            + " e.g. weights that do not sum to 100); every scorecard is computed again with them")
    public SettingsView change(SettingsBody body) {
        String by = identity.getPrincipal().getName();
        settings.change(body == null ? new SettingsBody(null, null, null, null, null, null, null, null, null) : body,
                by);
        scorecards.refreshAll("scoring settings changed", by);
        return get();
    }

    /** Why the operator suspends or reinstates a supplier: said on the standing change and kept with it. */
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("/suppliers/{supplier}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a supplier: it gets no offers and its routing reason says so (404 for a tenant"
            + " without a capability profile)")
    public ScorecardReads.ScorecardView suspend(@PathParam("supplier") String supplier, @Valid @NotNull Reason body) {
        return suspended(supplier, true, body.reason());
    }

    @POST
    @Path("/suppliers/{supplier}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reinstate a suspended supplier: its standing is judged afresh from its score")
    public ScorecardReads.ScorecardView reinstate(@PathParam("supplier") String supplier,
                                                  @Valid @NotNull Reason body) {
        return suspended(supplier, false, body.reason());
    }

    private ScorecardReads.ScorecardView suspended(String supplier, boolean suspend, String reason) {
        if (!scorecards.suspend(supplier, suspend, reason.strip(), identity.getPrincipal().getName())) {
            throw new NotFoundException("No supplier " + supplier);
        }
        return reads.read(supplier, null, ScorecardReads.Reader.OPERATOR)
                .orElseThrow(() -> new NotFoundException("No supplier " + supplier));
    }

    @GET
    @Path("/standing-changes")
    @Operation(summary = "The network's latest standing changes, newest first, each with its reason and who made it")
    public List<StandingChanges.Change> standingChanges(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return standingChanges.latest(limit);
    }

    /** How many scorecards were computed again. */
    public record Refreshed(int scorecards) {
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Compute every scorecard again as of now (they are also aged every quarter hour)")
    public Refreshed refresh() {
        return new Refreshed(scorecards.refreshAll("computed again as of now", identity.getPrincipal().getName()));
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild every scorecard from the beginning of the job and marketplace topics and compare"
            + " it with the live one, to the last digit for the same asOf; answers the differences (none expected)")
    public ScorecardRebuild.Report rebuild() {
        return rebuild.rebuild();
    }

    @GET
    @Path("/settings/changes")
    @Operation(summary = "Who changed the scoring settings, when, from what to what; newest first")
    public List<ScoringSettingsSource.Change> changes(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return settings.changes(limit);
    }
}
