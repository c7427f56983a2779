package app.routecard.portal.scorecards;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.vocabulary.MarketplaceVocabulary;
import app.routecard.portal.web.FormFeedback;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.QueryString;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The operator's leaderboards (by dimension, process and country) and each supplier's scorecard from them. */
@Path("/operator/leaderboards")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class LeaderboardPageResource {

    /** The boards the marketplace ranks, in the order the page offers them. */
    static final List<String> BOARDS = List.of("COMPOSITE", "ON_TIME", "QUALITY", "RESPONSIVENESS");

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;
    private final MarketplaceVocabulary vocabulary;

    public LeaderboardPageResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                                   ObjectMapper json,
                                   MarketplaceVocabulary vocabulary) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
        this.vocabulary = vocabulary;
    }

    /** The windows the page offers, in days; empty for the whole history. */
    static final List<String> WINDOWS = List.of("", "30", "90", "365");

    /** What the board was asked for, to keep the form as the operator left it. */
    public record Choice(String board, String process, String country, String window) {
        public String boardName() {
            return ScorecardViews.words(board) + (window.isEmpty() ? "" : ", last " + window + " days");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leaderboards(Page page, ScorecardViews.Board board, Choice choice,
                                                    List<String> boards, List<String> windows,
                                                    List<MarketplaceVocabulary.Term> processes,
                                                    List<ScorecardViews.StandingChange> changes);

        static native TemplateInstance supplier(Page page, ScorecardViews.Card card, TrendChart trend,
                                                FormFeedback feedback);
    }

    @GET
    public TemplateInstance leaderboards(@QueryParam("board") String board, @QueryParam("process") String process,
                                         @QueryParam("country") String country,
                                         @QueryParam("window") String window) {
        Choice choice = new Choice(board == null || board.isBlank() ? "COMPOSITE" : board,
                process == null ? "" : process.strip(),
                country == null ? "" : country.strip().toUpperCase(Locale.ROOT), window == null ? "" : window.strip());
        String query = new QueryString().add("size", "100").add("board", choice.board())
                .add("process", choice.process()).add("country", choice.country())
                .add("windowDays", choice.window()).toString();
        ScorecardViews.Board found = json.convertValue(marketplaceService.leaderboard(QueryString.parse(query)),
                ScorecardViews.Board.class);
        List<ScorecardViews.StandingChange> changes = List.of(json.convertValue(marketplaceService.standingChanges(10),
                ScorecardViews.StandingChange[].class));
        return Templates.leaderboards(pages.page("Leaderboards"), found, choice, BOARDS, WINDOWS,
                vocabulary.processes(), changes);
    }

    @GET
    @Path("/{supplier}")
    public TemplateInstance supplier(@PathParam("supplier") String supplier, @QueryParam("done") String done) {
        return supplierPage(supplier, "suspended".equals(done) ? FormFeedback.done("Suspended: the supplier gets"
                + " no offers until it is reinstated.") : "reinstated".equals(done) ? FormFeedback.done(
                "Reinstated: its standing is judged from its score again.") : FormFeedback.none());
    }

    /** The operator suspends the supplier, or reinstates it, with the reason (kept with the standing change). */
    @POST
    @Path("/{supplier}/{action: suspension|reinstatement}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("supplier") String supplier, @PathParam("action") String action,
                            @FormParam("reason") String reason) {
        try {
            marketplaceService.changeStanding(supplier, action, Map.of("reason", reason == null ? "" : reason));
        } catch (ServiceProblem problem) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(supplierPage(supplier,
                    FormFeedback.refused("standing", problem, Map.of("reason", reason == null ? "" : reason))))
                    .build();
        }
        return Response.seeOther(URI.create("/operator/leaderboards/" + encode(supplier) + "?done="
                + (action.equals("suspension") ? "suspended" : "reinstated"))).build();
    }

    private TemplateInstance supplierPage(String supplier, FormFeedback feedback) {
        ScorecardViews.Card card = ScorecardPageResource.card(marketplaceService, json, supplier);
        return Templates.supplier(pages.page("Scorecard of " + card.name()), card,
                ScorecardPageResource.trend(marketplaceService, json, supplier), feedback);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
