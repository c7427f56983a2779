package app.routecard.portal.files;

import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.Tenant;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.portal.services.FilesService;
import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.PageNotFound;
import app.routecard.portal.web.ServiceProblem;
import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads what the file page shows from files-service (and the jobs' numbers from job-service) and renders it. */
@RequestScoped
public class FilePage {

    private final FilesService filesService;
    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final TenantNames tenantNames;
    private final CurrentTenant tenant;

    public FilePage(@RestClient FilesService filesService, @RestClient JobService jobService, PageContext pages,
                    ObjectMapper json, SecurityIdentity identity,
                    TenantNames tenantNames, CurrentTenant tenant) {
        this.filesService = filesService;
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
        this.identity = identity;
        this.tenantNames = tenantNames;
        this.tenant = tenant;
    }

    /** One line of the download log, the organization by its name (the grantee's, for a granted file). */
    public record LogLine(String when, String who, String organization, String revision) {
    }

    /** A job the file is with or released for, by its number when the user may read the job. */
    public record JobLink(UUID id, String number) {
    }

    /** Another organization the file can be shared with. */
    public record Organization(String id, String name) {
    }

    @CheckedTemplate(basePath = "FilePageResource")
    static class Templates {
        static native TemplateInstance file(Page page, FileViews.File file, Map<UUID, JobLink> jobs,
                                            List<LogLine> downloads, long downloadCount, List<FileViews.Grant> grants,
                                            List<Organization> organizations, boolean owner, boolean admin,
                                            DropZone nextRevision, FormFeedback feedback);
    }

    TemplateInstance render(UUID fileId, FormFeedback feedback) {
        FileViews.File file = json.convertValue(filesService.file(fileId), FileViews.File.class);
        boolean owner = identity.hasRole("shop_admin") || identity.hasRole("buyer");
        List<LogLine> downloads = List.of();
        long downloadCount = 0;
        List<FileViews.Grant> grants = List.of();
        if (owner) {
            JsonNode log = filesService.downloads(fileId, 50);
            List<FileViews.Download> entries = json.convertValue(log.path("items"), new TypeReference<>() { });
            downloads = entries.stream().map(entry -> new LogLine(entry.when(), entry.downloadedBy(),
                    tenantNames.of(entry.byTenant()).orElse(entry.byTenant()), entry.revision())).toList();
            downloadCount = log.path("total").asLong();
            grants = json.convertValue(filesService.grants(fileId, 50).path("items"),
                    new TypeReference<>() { });
        }
        return Templates.file(pages.page(file.name()), file, jobsOf(file), downloads, downloadCount, grants,
                organizations(), owner, identity.hasRole("shop_admin"), DropZone.nextRevisionOf(file), feedback);
    }

    /** Every other organization known by name, by name. */
    private List<Organization> organizations() {
        String me = tenant.find().map(Tenant::id).orElse("");
        return tenantNames.all().entrySet().stream().filter(entry -> !entry.getKey().equals(me))
                .map(entry -> new Organization(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The jobs the file is with or released for, named by their numbers (a job the user cannot read is left out). */
    private Map<UUID, JobLink> jobsOf(FileViews.File file) {
        Map<UUID, JobLink> jobs = new LinkedHashMap<>();
        Stream.concat(file.subjects().stream().filter(s -> "JOB".equals(s.type())).map(FileViews.Subject::id),
                file.releases().stream().map(FileViews.Release::jobId)).distinct().limit(20).forEach(jobId -> {
                    try {
                        JsonNode job = jobService.job(jobId);
                        jobs.put(jobId, new JobLink(jobId, job.path("number").asText()));
                    } catch (PageNotFound | ServiceProblem | ServiceUnavailable gone) {
                        // Not readable here: shown without a link.
                    }
                });
        return jobs;
    }
}
