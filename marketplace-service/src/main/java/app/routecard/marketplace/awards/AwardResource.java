package app.routecard.marketplace.awards;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in shop's awards: what buyers ordered from it, each becoming a job; acknowledged once. */
@Path("/api/awards")
@RolesAllowed({"shop_admin", "shop_floor"})
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    private final AwardAcknowledgements acknowledgements;

    public AwardResource(AwardAcknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @GET
    @Transactional
    @Operation(summary = "The shop's awards, newest first")
    public List<AwardDtos.AwardView> list() {
        return Award.<Award>list("order by awardedAt desc").stream().map(AwardDtos.AwardView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public AwardDtos.AwardView get(@PathParam("id") UUID id) {
        return Award.<Award>findByIdOptional(id).map(AwardDtos.AwardView::of)
                .orElseThrow(() -> new NotFoundException("No award " + id));
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed("shop_admin")
    @Operation(summary = "Acknowledge the award: the buyer's order shows it")
    public AwardDtos.AwardView acknowledge(@PathParam("id") UUID id) {
        acknowledgements.acknowledge(id);
        return get(id);
    }
}
