package app.routecard.tenant.members;

import app.routecard.platform.service.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A tenant admin manages the members of their own organization. */
@Path("/api/members")
@RolesAllowed({"shop_admin", "buyer", "operator"})
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private final MembersService members;

    public MembersResource(MembersService members) {
        this.members = members;
    }

    @GET
    @Operation(summary = "Members of your organization")
    public List<MemberView> list() {
        return members.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a member with a role: they get an e-mail to set their password")
    public Response invite(@Valid @NotNull MemberRequests.Invitation invitation) {
        MemberView member = members.invite(invitation);
        return Response.created(URI.create("/api/members/" + member.id())).entity(member).build();
    }

    @PUT
    @Path("/{userId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberView changeRole(@PathParam("userId") String userId, @Valid @NotNull MemberRequests.RoleChange change) {
        return members.changeRole(userId, change.role());
    }

    @DELETE
    @Path("/{userId}")
    public Response remove(@PathParam("userId") String userId) {
        members.remove(userId);
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    public Response refused(MembersService.Refused refused) {
        boolean conflict = "email".equals(refused.field());
        return Problem.forField(conflict ? 409 : 400, conflict ? "Conflict" : "Invalid request",
                refused.getMessage(), refused.field(), refused.getMessage()).toResponse();
    }
}
