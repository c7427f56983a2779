package app.routecard.portal.files;

import app.routecard.portal.services.FilesService;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.PageNotFound;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Files other organizations share with this one (a buyer's drawings for a routed supplier), read-only, while the
 * grant lasts: the list, and each revision opened through a short-lived link that lands in the owner's log.
 */
@Path("/shared")
@RolesAllowed({"shop_admin", "shop_floor", "buyer"})
@Produces(MediaType.TEXT_HTML)
public class SharedFilesResource {

    private final FilesService filesService;
    private final PageContext pages;
    private final ObjectMapper json;

    public SharedFilesResource(@RestClient FilesService filesService, PageContext pages, ObjectMapper json) {
        this.filesService = filesService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shared(Page page, List<FileViews.Shared> files);
    }

    @GET
    public TemplateInstance list() {
        List<FileViews.Shared> files = json.convertValue(filesService.grantedFiles(),
                new TypeReference<>() { });
        return Templates.shared(pages.page("Shared files"), files);
    }

    @GET
    @Path("/{fileId}/revisions/{revision}")
    public Response open(@PathParam("fileId") UUID fileId, @PathParam("revision") String revision) {
        return FilePageResource.Downloads.redirect(filesService.downloadGranted(fileId,
                RevisionLetters.number(revision).orElseThrow(PageNotFound::new), Map.of()));
    }
}
