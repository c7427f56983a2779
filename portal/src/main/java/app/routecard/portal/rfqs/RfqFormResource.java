package app.routecard.portal.rfqs;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.vocabulary.MarketplaceVocabulary.Term;
import app.routecard.portal.vocabulary.MarketplaceVocabulary;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.FormRows;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The buyer's RFQ form: title, target ship date, quote deadline, destination, currency, required certifications
 * and the lines (part, revision, quantity or breaks, process, material, finish, size). "Add a line" appends a row
 * with htmx; a refusal shows each message next to its field and keeps everything typed. Drawings are added on the
 * RFQ's page once the draft exists.
 */
@Path("/rfqs/new")
@RolesAllowed("buyer")
@Produces(MediaType.TEXT_HTML)
public class RfqFormResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final MarketplaceVocabulary vocabulary;

    public RfqFormResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                           MarketplaceVocabulary vocabulary) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.vocabulary = vocabulary;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, RfqForm form, List<Term> processes, List<Term> certifications,
                                            FormFeedback feedback);

        static native TemplateInstance line(FormRows.Row line, String label, List<Term> processes);
    }

    @GET
    public TemplateInstance newRfq() {
        return Templates.form(pages.page("New RFQ"), RfqForm.empty(), vocabulary.processes(),
                vocabulary.certifications(), FormFeedback.none());
    }

    @GET
    @Path("/line")
    public TemplateInstance blankLine() {
        return Templates.line(FormRows.Row.empty(), "new line", vocabulary.processes());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@jakarta.ws.rs.BeanParam Posted posted) {
        RfqForm form = posted.form();
        RfqForm.Read read = form.read();
        try {
            if (!read.problems().isEmpty()) {
                return refused(form, 400, "Please check the highlighted fields.", read.problems());
            }
            String id = marketplaceService.draftRfq(read.request()).path("id").asText();
            return Response.seeOther(URI.create("/rfqs/" + id + "?done=created")).build();
        } catch (ServiceProblem problem) {
            return refused(form, problem.status(), problem.message(), problem.fieldMessages());
        }
    }

    private Response refused(RfqForm form, int status, String message, Map<String, String> fields) {
        FormFeedback feedback = new FormFeedback("rfq", message, true, RfqForm.headerErrors(fields), Map.of());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.form(pages.page("New RFQ"),
                form.withErrors(fields), vocabulary.processes(), vocabulary.certifications(), feedback))
                .build();
    }

    /** The RFQ form as a browser posts it: the header once, each line field once per row. */
    public static class Posted {
        @FormParam("title") String title;
        @FormParam("targetShipDate") String targetShipDate;
        @FormParam("quoteDeadline") String quoteDeadline;
        @FormParam("shipToCountry") String shipToCountry;
        @FormParam("shipToSubdivision") String shipToSubdivision;
        @FormParam("currency") String currency;
        @FormParam("notes") String notes;
        @FormParam("certifications") List<String> certifications;
        @FormParam("partNumber") List<String> partNumber;
        @FormParam("revision") List<String> revision;
        @FormParam("quantities") List<String> quantities;
        @FormParam("process") List<String> process;
        @FormParam("material") List<String> material;
        @FormParam("finish") List<String> finish;
        @FormParam("lengthMm") List<String> lengthMm;
        @FormParam("widthMm") List<String> widthMm;
        @FormParam("heightMm") List<String> heightMm;

        RfqForm form() {
            Map<String, String> header = new LinkedHashMap<>();
            header.put("title", title);
            header.put("targetShipDate", targetShipDate);
            header.put("quoteDeadline", quoteDeadline);
            header.put("shipToCountry", shipToCountry);
            header.put("shipToSubdivision", shipToSubdivision);
            header.put("currency", currency);
            header.put("notes", notes);
            Map<String, List<String>> columns = new LinkedHashMap<>();
            columns.put("partNumber", partNumber);
            columns.put("revision", revision);
            columns.put("quantities", quantities);
            // The process select offers a blank first choice, so a row left alone posts nothing typed.
            columns.put("process", process);
            columns.put("material", material);
            columns.put("finish", finish);
            columns.put("lengthMm", lengthMm);
            columns.put("widthMm", widthMm);
            columns.put("heightMm", heightMm);
            return RfqForm.posted(header, certifications, columns);
        }
    }
}
