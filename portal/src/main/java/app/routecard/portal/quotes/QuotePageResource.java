package app.routecard.portal.quotes;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One quote: its customer, lines and total, and what can happen to it next: a draft is changed or sent; a sent
 * quote is accepted (with the customer's PO; the page then lists the jobs it released) or declined with the
 * customer's reason.
 */
@Path("/quotes/{quoteId}")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class QuotePageResource {

    private static final Map<String, String> DONE = Map.of("created", "Draft saved.", "saved", "Changes saved.",
            "sent", "Quote marked as sent.", "accepted", "Quote accepted: its jobs are below.",
            "declined", "Decline recorded.");

    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;

    public QuotePageResource(@RestClient JobService jobService, PageContext pages, ObjectMapper json) {
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quote(Page page, QuoteViews.Quote quote, List<QuoteViews.ReleasedJob> jobs,
                                             FormFeedback feedback);
    }

    @GET
    public TemplateInstance show(@PathParam("quoteId") UUID quoteId, @QueryParam("done") String done) {
        String message = done == null ? null : DONE.get(done);
        return render(quoteId, message == null ? FormFeedback.none() : FormFeedback.done(message));
    }

    @POST
    @Path("/send")
    public Response send(@PathParam("quoteId") UUID quoteId) {
        return act(quoteId, "send", "sent", Map.of(), () -> jobService.sendQuote(quoteId,
                Map.of()));
    }

    @POST
    @Path("/accept")
    public Response accept(@PathParam("quoteId") UUID quoteId, @FormParam("customerPo") String customerPo,
                           @FormParam("release") String release) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerPo", customerPo == null || customerPo.isBlank() ? null : customerPo.trim());
        body.put("release", "on".equals(release));
        return act(quoteId, "accept", "accepted", Map.of("customerPo", Objects.toString(customerPo, "")),
                () -> jobService.acceptQuote(quoteId, body));
    }

    @POST
    @Path("/decline")
    public Response decline(@PathParam("quoteId") UUID quoteId, @FormParam("reason") String reason) {
        String typed = Objects.toString(reason, "");
        return act(quoteId, "decline", "declined", Map.of("reason", typed), () -> jobService.declineQuote(
                quoteId, Map.of("reason", typed.trim())));
    }

    private Response act(UUID quoteId, String form, String done, Map<String, String> entered, Runnable call) {
        try {
            call.run();
            return Response.seeOther(URI.create("/quotes/" + quoteId + "?done=" + done)).build();
        } catch (ServiceProblem problem) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(quoteId, FormFeedback.refused(form, problem, entered))).build();
        }
    }

    private TemplateInstance render(UUID quoteId, FormFeedback feedback) {
        QuoteViews.Quote quote = json.convertValue(jobService.quote(quoteId), QuoteViews.Quote.class);
        List<QuoteViews.ReleasedJob> jobs = quote.lineList().stream().map(QuoteViews.Line::jobId)
                .filter(Objects::nonNull)
                .map(jobId -> json.convertValue(jobService.job(UUID.fromString(jobId)),
                        QuoteViews.ReleasedJob.class))
                .toList();
        return Templates.quote(pages.page(quote.number()), quote, jobs, feedback);
    }
}
