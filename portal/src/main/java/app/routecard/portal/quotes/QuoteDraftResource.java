package app.routecard.portal.quotes;

import app.routecard.portal.services.JobService;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A draft quote in the quote form, to change it before it is sent (job-service refuses changes after that). */
@Path("/quotes/{quoteId}/edit")
@RolesAllowed("shop_admin")
@Produces(MediaType.TEXT_HTML)
public class QuoteDraftResource {

    private final JobService jobService;
    private final PageContext pages;
    private final ObjectMapper json;

    public QuoteDraftResource(@RestClient JobService jobService, PageContext pages, ObjectMapper json) {
        this.jobService = jobService;
        this.pages = pages;
        this.json = json;
    }

    @GET
    public TemplateInstance edit(@PathParam("quoteId") UUID quoteId) {
        QuoteViews.Quote quote = json.convertValue(jobService.quote(quoteId),
                QuoteViews.Quote.class);
        return QuoteFormResource.Templates.form(pages.page("Change " + quote.number()),
                new QuoteFormResource.Target(quote.id(), quote.number()), QuoteForm.of(quote).withBlankRows(),
                FormFeedback.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replace(@PathParam("quoteId") UUID quoteId, @BeanParam QuoteFormResource.Posted posted) {
        QuoteForm form = posted.form();
        try {
            jobService.changeQuote(quoteId, form.body());
            return Response.seeOther(URI.create("/quotes/" + quoteId + "?done=saved")).build();
        } catch (ServiceProblem problem) {
            return QuoteFormResource.refused(pages.page("Change quote"),
                    new QuoteFormResource.Target(quoteId.toString(), null), form, problem);
        }
    }
}
