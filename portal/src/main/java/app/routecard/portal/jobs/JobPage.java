package app.routecard.portal.jobs;

import app.routecard.portal.files.DropZone;
import app.routecard.portal.files.FileViews;
import app.routecard.portal.files.SubjectFiles;
import app.routecard.portal.services.FilesService;
import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads everything the job page shows from job-service, as the signed-in user, and renders it. */
@RequestScoped
public class JobPage {

    private final JobService jobService;
    private final FilesService filesService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final SubjectFiles subjectFiles;

    public JobPage(@RestClient JobService jobService, @RestClient FilesService filesService, PageContext pages,
                   ObjectMapper json, SecurityIdentity identity,
                   SubjectFiles subjectFiles) {
        this.jobService = jobService;
        this.filesService = filesService;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
        this.subjectFiles = subjectFiles;
    }

    /** The job's drawings and other files, and where to drop more. */
    public record Files(UUID jobId, SubjectFiles.Listing listing, DropZone zone) {
    }

    /** A shipment's proof files and where to drop more. */
    public record Proof(SubjectFiles.Listing listing, DropZone zone) {
    }

    /** A share link just made: its URL is shown once, here, and never stored by the portal. */
    public record NewLink(String url, String expires) {
    }

    /** The quality section's counts; the inspections and NCRs themselves are on the job's quality page. */
    public record Quality(long inspections, long failed, long openNcrs) {
    }

    @CheckedTemplate(basePath = "JobPageResource")
    static class Templates {
        static native TemplateInstance job(Page page, JobViews.Job job, JobViews.Route route,
                                           List<JobViews.Blocker> blockers, List<JobViews.TimelineEntry> timeline,
                                           List<JobViews.ShareLink> links, JobViews.Shipping shipping,
                                           Quality quality, Files files, List<FileViews.Shared> customerDrawings,
                                           Map<String, Proof> proofs,
                                           boolean admin, FormFeedback feedback, NewLink newLink,
                                           List<String> priorities, List<String> stages, List<String> categories);
    }

    TemplateInstance render(UUID jobId, FormFeedback feedback, NewLink newLink) {
        JobViews.Job job = json.convertValue(jobService.job(jobId), JobViews.Job.class);
        JobViews.Route route = json.convertValue(jobService.route(jobId), JobViews.Route.class);
        List<JobViews.Blocker> blockers = items(jobService.blockers(jobId, QueryString.of("open", "true", "size",
                "50")), new TypeReference<>() { });
        List<JobViews.TimelineEntry> timeline = items(jobService.timeline(jobId, QueryString.of("size", "50",
                "order", "desc")), new TypeReference<>() { });
        boolean admin = identity.hasRole("shop_admin");
        List<JobViews.ShareLink> links = admin ? items(jobService.shareLinks(jobId, QueryString.of("size", "20")),
                new TypeReference<>() { }) : List.of();
        JobViews.Shipping shipping = json.convertValue(jobService.shipments(jobId), JobViews.Shipping.class);
        Quality quality = new Quality(
                total(jobService.inspections(jobId, QueryString.of("size", "1"))),
                total(jobService.inspections(jobId, QueryString.of("result", "FAIL", "size", "1"))),
                total(jobService.ncrs(jobId, QueryString.of("open", "true", "size", "1"))));
        Files files = new Files(jobId, subjectFiles.of("JOB", jobId), DropZone.drawingsFor(jobId));
        Map<String, Proof> proofs = new java.util.HashMap<>();
        for (JobViews.Shipment shipment : shipping.list()) {
            UUID shipmentId = UUID.fromString(shipment.id());
            proofs.put(shipment.id(), new Proof(subjectFiles.of("SHIPMENT", shipmentId),
                    DropZone.proofFor(jobId, shipmentId, shipment.sequence())));
        }
        return Templates.job(pages.page(job.number()), job, route, blockers, timeline, links, shipping, quality,
                files, customerDrawings(job), proofs, admin, feedback, newLink, JobPageResource.PRIORITIES, JobPageResource.MANUAL_STAGES,
                BlockerCategories.ALL);
    }

    /** A marketplace job's customer drawings: the buyer's RFQ drawings files-service shares with the shop. */
    private List<FileViews.Shared> customerDrawings(JobViews.Job job) {
        if (job.marketplaceRfqId() == null) {
            return List.of();
        }
        try {
            List<FileViews.Shared> shared = json.convertValue(filesService.grantedFiles(),
                    new TypeReference<>() { });
            return shared.stream().filter(s -> s.file().subjects().stream().anyMatch(subject ->
                    "RFQ".equals(subject.type()) && job.marketplaceRfqId().equals(String.valueOf(subject.id()))))
                    .toList();
        } catch (app.routecard.portal.web.ServiceProblem | app.routecard.portal.web.ServiceUnavailable e) {
            return List.of();
        }
    }

    private static long total(JsonNode page) {
        return page == null ? 0 : page.path("total").asLong();
    }

    private <T> List<T> items(JsonNode page, TypeReference<List<T>> type) {
        return page == null ? List.of() : json.convertValue(page.path("items"), type);
    }
}
