package app.routecard.marketplace.capability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in shop's capability profile: what routing offers it work by. */
@Path("/api/profile")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;

    public ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    /** The controlled vocabularies a profile and an RFQ choose from, with their names in words. */
    public record Vocabulary(List<Term> processes, List<Term> certifications) {
    }

    public record Term(String code, String label) {
    }

    @GET
    @RolesAllowed({"shop_admin", "shop_floor"})
    @Operation(summary = "The shop's capability profile (configured false until first saved)")
    public ProfileDtos.ProfileView get() {
        return profiles.get();
    }

    @PUT
    @RolesAllowed("shop_admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the shop's capability profile: processes, materials, certifications, envelope,"
            + " quantities, regions, capacity, blackouts, lead time, and whether it takes marketplace work")
    public ProfileDtos.ProfileView save(@Valid @NotNull ProfileDtos.ProfileRequest profile) {
        return profiles.save(profile);
    }

    @GET
    @Path("/vocabulary")
    @RolesAllowed({"shop_admin", "shop_floor", "buyer", "operator"})
    @Operation(summary = "The processes and certifications profiles and RFQs choose from")
    public Vocabulary vocabulary() {
        return new Vocabulary(Arrays.stream(Process.values()).map(p -> new Term(p.name(), p.label())).toList(),
                Arrays.stream(Certification.values()).map(c -> new Term(c.name(), c.label())).toList());
    }
}
