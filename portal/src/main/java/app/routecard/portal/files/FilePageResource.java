package app.routecard.portal.files;

import static app.routecard.portal.web.FormValues.page;

import app.routecard.platform.tenancy.TenantNames;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceClient;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One file: its revisions (each opens through a short-lived link), where it is released, the next revision's
 * upload, and for the shop admin (or the buyer who owns it) its download log and archiving.
 */
@Path("/files/{fileId}")
@RolesAllowed({"shop_admin", "shop_floor", "buyer"})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FilePageResource {

    private static final Map<String, String> DONE = Map.of("uploaded", "New revision uploaded.",
            "archived", "File archived: it is out of the lists; released revisions stay readable.",
            "released", "Revision released.");

    private final ServiceClient services;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final TenantNames tenantNames;

    public FilePageResource(ServiceClient services, PageContext pages, ObjectMapper json,
                            SecurityIdentity identity, TenantNames tenantNames) {
        this.services = services;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
        this.tenantNames = tenantNames;
    }

    /** One line of the download log, the organization by its name (the grantee's, for a granted file). */
    public record LogLine(String when, String who, String organization, String revision) {
    }

    /** A job the file is with or released for, by its number when the user may read the job. */
    public record JobLink(UUID id, String number) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(Page page, FileViews.File file, Map<UUID, JobLink> jobs,
                                            List<LogLine> downloads, long downloadCount,
                                            boolean owner, boolean admin, DropZone nextRevision,
                                            FormFeedback feedback);
    }

    @GET
    public TemplateInstance show(@PathParam("fileId") UUID fileId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(fileId, message == null ? FormFeedback.none() : FormFeedback.done(message));
    }

    /** Opens a revision: a link valid for minutes, asked for now (and written to the download log). */
    @GET
    @Path("/revisions/{revision}")
    public Response open(@PathParam("fileId") UUID fileId, @PathParam("revision") String revision) {
        int number = RevisionLetters.number(revision).orElseThrow(PageNotFound::new);
        JsonNode link = services.post("files", "/api/files/" + fileId + "/revisions/" + number + "/download",
                pages.token(), Map.of()).body();
        return Response.seeOther(URI.create(link.path("url").asText())).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }

    @POST
    @Path("/revisions/{number}/release")
    @RolesAllowed("shop_admin")
    public Response release(@PathParam("fileId") UUID fileId, @PathParam("number") int number,
                            @FormParam("jobId") UUID jobId, @FormParam("back") String back) {
        try {
            services.post("files", "/api/files/" + fileId + "/revisions/" + number + "/release", pages.token(),
                    java.util.Collections.singletonMap("jobId", jobId));
        } catch (ServiceProblem problem) {
            return page(problem.status(), render(fileId, FormFeedback.refused("release", problem, Map.of())));
        }
        return Response.seeOther(URI.create("job".equals(back) && jobId != null ? "/jobs/" + jobId
                + "?done=released#files" : "/files/" + fileId + "?done=released")).build();
    }

    @POST
    @Path("/archive")
    @RolesAllowed({"shop_admin", "buyer"})
    public Response archive(@PathParam("fileId") UUID fileId) {
        try {
            services.post("files", "/api/files/" + fileId + "/archive", pages.token(), Map.of());
        } catch (ServiceProblem problem) {
            return page(problem.status(), render(fileId, FormFeedback.refused("archive", problem, Map.of())));
        }
        return Response.seeOther(URI.create("/files/" + fileId + "?done=archived")).build();
    }

    private TemplateInstance render(UUID fileId, FormFeedback feedback) {
        String token = pages.token();
        FileViews.File file = json.convertValue(services.get("files", "/api/files/" + fileId, token).body(),
                FileViews.File.class);
        boolean owner = identity.hasRole("shop_admin") || identity.hasRole("buyer");
        List<LogLine> downloads = List.of();
        long downloadCount = 0;
        if (owner) {
            JsonNode log = services.get("files", "/api/files/" + fileId + "/downloads?size=50", token).body();
            List<FileViews.Download> entries = json.convertValue(log.path("items"), new TypeReference<>() { });
            downloads = entries.stream().map(entry -> new LogLine(entry.when(), entry.downloadedBy(),
                    tenantNames.of(entry.byTenant()).orElse(entry.byTenant()), entry.revision())).toList();
            downloadCount = log.path("total").asLong();
        }
        return Templates.file(pages.page(file.name()), file, jobsOf(file, token), downloads, downloadCount, owner,
                identity.hasRole("shop_admin"), DropZone.nextRevisionOf(file), feedback);
    }

    /** The jobs the file is with or released for, named by their numbers (a job the user cannot read is left out). */
    private Map<UUID, JobLink> jobsOf(FileViews.File file, String token) {
        Map<UUID, JobLink> jobs = new LinkedHashMap<>();
        java.util.stream.Stream.concat(
                file.subjects().stream().filter(s -> "JOB".equals(s.type())).map(FileViews.Subject::id),
                file.releases().stream().map(FileViews.Release::jobId)).distinct().limit(20).forEach(jobId -> {
                    try {
                        JsonNode job = services.get("job", "/api/jobs/" + jobId, token).body();
                        jobs.put(jobId, new JobLink(jobId, job.path("number").asText()));
                    } catch (PageNotFound | ServiceProblem | app.routecard.portal.web.ServiceUnavailable gone) {
                        // Not readable here: shown by its id only.
                    }
                });
        return jobs;
    }
}
