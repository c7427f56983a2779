package app.routecard.portal.files;

import app.routecard.portal.services.FilesService;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
import app.routecard.portal.web.ServiceUnavailable;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A subject's files (a job's drawings, a shipment's proof) for another page. files-service not answering leaves
 * the rest of that page working: the section says so instead.
 */
@RequestScoped
public class SubjectFiles {

    private final FilesService filesService;
    private final PageContext pages;
    private final ObjectMapper json;

    public SubjectFiles(@RestClient FilesService filesService, PageContext pages, ObjectMapper json) {
        this.filesService = filesService;
        this.pages = pages;
        this.json = json;
    }

    /** The files, or {@code available} false when files-service did not answer. */
    public record Listing(List<FileViews.File> files, boolean available) {
        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    public Listing of(String subjectType, UUID subjectId) {
        try {
            JsonNode page = filesService.files(QueryString.of("subjectType", subjectType, "subjectId",
                    subjectId.toString(), "size", "100"));
            List<FileViews.File> files = page == null ? List.of()
                    : json.convertValue(page.path("items"), new TypeReference<>() { });
            return new Listing(files, true);
        } catch (ServiceUnavailable down) {
            return new Listing(List.of(), false);
        }
    }
}
