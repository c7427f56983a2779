package app.routecard.portal.scorecards;

import app.routecard.portal.vocabulary.MarketplaceVocabulary;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The operator's leaderboards (by dimension, process and country) and each supplier's scorecard from them. */
@Path("/operator/leaderboards")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class LeaderboardPageResource {

    /** The boards the marketplace ranks, in the order the page offers them. */
    static final List<String> BOARDS = List.of("COMPOSITE", "ON_TIME", "QUALITY", "RESPONSIVENESS");

    private final ServiceClient services;
    private final PageContext pages;
    private final ObjectMapper json;
    private final MarketplaceVocabulary vocabulary;

    public LeaderboardPageResource(ServiceClient services, PageContext pages, ObjectMapper json,
                                   MarketplaceVocabulary vocabulary) {
        this.services = services;
        this.pages = pages;
        this.json = json;
        this.vocabulary = vocabulary;
    }

    /** What the board was asked for, to keep the form as the operator left it. */
    public record Choice(String board, String process, String country) {
        public String boardName() {
            return ScorecardViews.words(board);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leaderboards(Page page, ScorecardViews.Board board, Choice choice,
                                                    List<String> boards, List<MarketplaceVocabulary.Term> processes);

        static native TemplateInstance supplier(Page page, ScorecardViews.Card card, TrendChart trend);
    }

    @GET
    public TemplateInstance leaderboards(@QueryParam("board") String board, @QueryParam("process") String process,
                                         @QueryParam("country") String country) {
        Choice choice = new Choice(board == null || board.isBlank() ? "COMPOSITE" : board,
                process == null ? "" : process.strip(),
                country == null ? "" : country.strip().toUpperCase(Locale.ROOT));
        StringBuilder query = new StringBuilder("/api/leaderboards?size=100&board=").append(encode(choice.board()));
        if (!choice.process().isEmpty()) {
            query.append("&process=").append(encode(choice.process()));
        }
        if (!choice.country().isEmpty()) {
            query.append("&country=").append(encode(choice.country()));
        }
        ScorecardViews.Board found = json.convertValue(services.get("marketplace", query.toString(), pages.token())
                .body(), ScorecardViews.Board.class);
        return Templates.leaderboards(pages.page("Leaderboards"), found, choice, BOARDS, vocabulary.processes());
    }

    @GET
    @Path("/{supplier}")
    public TemplateInstance supplier(@PathParam("supplier") String supplier) {
        ScorecardViews.Card card = ScorecardPageResource.card(services, json, pages, supplier);
        return Templates.supplier(pages.page("Scorecard of " + card.name()), card,
                ScorecardPageResource.trend(services, json, pages, supplier));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
