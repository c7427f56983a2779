package app.routecard.portal.quotes;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
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
 * The quote form, for a new quote and (through {@link QuoteDraftResource}) for changing a draft: the customer, validity and currency, and the lines
 * (part, revision, quantity, material, unit price, lead time). "Add a line" appends a row with htmx; without
 * script the form still offers blank rows. A refusal shows each message next to the line's field it names and
 * keeps everything typed.
 */
@Path("/quotes/new")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class QuoteFormResource {

    private final JobService jobService;
    private final PageContext pages;

    public QuoteFormResource(@RestClient JobService jobService, PageContext pages) {
        this.jobService = jobService;
        this.pages = pages;
    }

    /** The form's target: a new quote, or the draft with this id. */
    public record Target(String quoteId, String number) {
        public String action() {
            return quoteId == null ? "/quotes/new" : "/quotes/" + quoteId + "/edit";
        }

        public boolean isNew() {
            return quoteId == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Target target, QuoteForm form, FormFeedback feedback);

        static native TemplateInstance line(app.routecard.portal.web.FormRows.Row line, String label);
    }

    @GET
    public TemplateInstance newQuote() {
        return Templates.form(pages.page("New quote"), new Target(null, null), QuoteForm.empty(),
                FormFeedback.none());
    }

    /** One more blank row for the lines table, appended by the form's "Add a line" button (htmx). */
    @GET
    @Path("/line")
    public TemplateInstance blankLine() {
        return Templates.line(app.routecard.portal.web.FormRows.Row.empty(), "new line");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@jakarta.ws.rs.BeanParam Posted posted) {
        QuoteForm form = posted.form();
        try {
            String id = jobService.createQuote(form.body()).path("id").asText();
            return Response.seeOther(URI.create("/quotes/" + id + "?done=created")).build();
        } catch (ServiceProblem problem) {
            return refused(pages.page("New quote"), new Target(null, null), form, problem);
        }
    }

    /** The form again after job-service refused it: each message next to its field, everything typed kept. */
    static Response refused(Page page, Target target, QuoteForm form, ServiceProblem problem) {
        FormFeedback feedback = new FormFeedback("quote", problem.message(), true,
                QuoteForm.headerErrors(problem.fieldMessages()), form.header());
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(Templates.form(page, target,
                form.withLineErrors(problem.fieldMessages()).withBlankRows(), feedback)).build();
    }

    /** The quote form as a browser posts it: the header fields once, each line field once per row. */
    public static class Posted {
        @FormParam("customerName") String customerName;
        @FormParam("customerContact") String customerContact;
        @FormParam("customerEmail") String customerEmail;
        @FormParam("currency") String currency;
        @FormParam("validUntil") String validUntil;
        @FormParam("note") String note;
        @FormParam("partNumber") List<String> partNumber;
        @FormParam("revision") List<String> revision;
        @FormParam("description") List<String> description;
        @FormParam("quantity") List<String> quantity;
        @FormParam("material") List<String> material;
        @FormParam("unitPrice") List<String> unitPrice;
        @FormParam("leadTimeDays") List<String> leadTimeDays;

        QuoteForm form() {
            Map<String, String> header = new LinkedHashMap<>();
            header.put("customerName", customerName);
            header.put("customerContact", customerContact);
            header.put("customerEmail", customerEmail);
            header.put("currency", currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT));
            header.put("validUntil", validUntil);
            header.put("note", note);
            Map<String, List<String>> columns = new LinkedHashMap<>();
            columns.put("partNumber", partNumber);
            columns.put("revision", revision);
            columns.put("description", description);
            columns.put("quantity", quantity);
            columns.put("material", material);
            columns.put("unitPrice", unitPrice);
            columns.put("leadTimeDays", leadTimeDays);
            return QuoteForm.posted(header, columns);
        }
    }
}
