package app.routecard.portal.files;

import static app.routecard.portal.web.FormValues.page;
import static app.routecard.portal.web.FormValues.text;

import app.routecard.portal.services.FilesService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One file: its revisions (each opens through a short-lived link), where it is released, the next revision's
 * upload, and for the shop admin (or the buyer who owns it) its download log, its sharing and archiving.
 */
@Path("/files/{fileId}")
@RolesAllowed({"shop_admin", "shop_floor", "buyer"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FilePageResource {

    private static final Map<String, String> DONE = Map.of("uploaded", "New revision uploaded.",
            "archived", "File archived: it is out of the lists; released revisions stay readable.",
            "released", "Revision released.", "shared", "Shared. The organization sees the file under"
                    + " \"Shared files\" until the date shown.", "revoked", "Sharing ended: the organization no"
                    + " longer sees the file.");

    private final FilesService filesService;
    private final PageContext pages;
    private final FilePage filePage;

    public FilePageResource(@RestClient FilesService filesService, PageContext pages, FilePage filePage) {
        this.filesService = filesService;
        this.pages = pages;
        this.filePage = filePage;
    }

    @GET
    public TemplateInstance show(@PathParam("fileId") UUID fileId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return filePage.render(fileId, message == null ? FormFeedback.none() : FormFeedback.done(message));
    }

    /** Opens a revision: a link valid for minutes, asked for now (and written to the download log). */
    @GET
    @Path("/revisions/{revision}")
    public Response open(@PathParam("fileId") UUID fileId, @PathParam("revision") String revision) {
        return Downloads.redirect(filesService.download(fileId,
                RevisionLetters.number(revision).orElseThrow(PageNotFound::new), Map.of()));
    }

    @POST
    @Path("/revisions/{number}/release")
    @RolesAllowed("shop_admin")
    public Response release(@PathParam("fileId") UUID fileId, @PathParam("number") int number,
                            @FormParam("jobId") UUID jobId, @FormParam("back") String back) {
        try {
            filesService.release(fileId, number, Collections.singletonMap("jobId", jobId));
        } catch (ServiceProblem problem) {
            return page(problem.status(), filePage.render(fileId, FormFeedback.refused("release", problem,
                    Map.of())));
        }
        return Response.seeOther(URI.create("job".equals(back) && jobId != null ? "/jobs/" + jobId
                + "?done=released#files" : "/files/" + fileId + "?done=released")).build();
    }

    @POST
    @Path("/archive")
    @RolesAllowed({"shop_admin", "buyer"})
    public Response archive(@PathParam("fileId") UUID fileId) {
        return act(fileId, "archived", "archive", () -> filesService.archive(fileId,
                Map.of()));
    }

    @POST
    @Path("/grants")
    @RolesAllowed({"shop_admin", "buyer"})
    public Response share(@PathParam("fileId") UUID fileId, @FormParam("organization") String organization,
                          @FormParam("days") String days) {
        Integer validDays = app.routecard.portal.web.FormNumbers.wholeNumber("days", days,
                new java.util.LinkedHashMap<>());
        if (validDays == null || validDays < 1 || validDays > 365) {
            return page(400, filePage.render(fileId, new FormFeedback("share", "Not shared.", true,
                    Map.of("days", "from 1 to 365 days"), Map.of("organization", text(organization),
                    "days", text(days)))));
        }
        Map<String, Object> grant = new java.util.LinkedHashMap<>();
        grant.put("granteeTenantId", organization == null || organization.isBlank() ? null : organization);
        grant.put("fileId", fileId);
        grant.put("expiresAt", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(validDays)
                .toString());
        return act(fileId, "shared", "share", () -> filesService.grant(grant));
    }

    @POST
    @Path("/grants/{grantId}/revoke")
    @RolesAllowed({"shop_admin", "buyer"})
    public Response revoke(@PathParam("fileId") UUID fileId, @PathParam("grantId") UUID grantId) {
        return act(fileId, "revoked", "share", () -> filesService.revokeGrant(grantId,
                Map.of()));
    }

    private Response act(UUID fileId, String done, String form, Runnable call) {
        try {
            call.run();
        } catch (ServiceProblem problem) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(problem.fieldMessages());
            if (fields.containsKey("granteeTenantId")) {
                fields.put("organization", fields.remove("granteeTenantId"));
            }
            return page(problem.status(), filePage.render(fileId, new FormFeedback(form, problem.message(), true,
                    fields, Map.of())));
        }
        return Response.seeOther(URI.create("/files/" + fileId + "?done=" + done)).build();
    }

    /** A presigned link as the browser follows it: no caching, no referrer to the object store. */
    static final class Downloads {
        private Downloads() {
        }

        static Response redirect(JsonNode link) {
            return Response.seeOther(URI.create(link.path("url").asText())).header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer").build();
        }
    }
}
