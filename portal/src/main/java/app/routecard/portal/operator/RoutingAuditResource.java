package app.routecard.portal.operator;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.Page;
import app.routecard.portal.web.PageContext;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The operator's routing audit: find any posted RFQ, read its whole decision wave by wave, with the seed. */
@Path("/operator/routing")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class RoutingAuditResource {

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private final ObjectMapper json;

    public RoutingAuditResource(@RestClient MarketplaceService marketplaceService, PageContext pages,
                                ObjectMapper json) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String number, String title, String status, String buyerName,
                        OffsetDateTime postedAt) {
        public String statusName() {
            return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wave(int number, String status, long seed, OffsetDateTime openedAt, OffsetDateTime expiresAt,
                       JsonNode decision) {
        /** Every candidate with its outcome and, for the eligible, the rank inputs as the engine weighed them. */
        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            if (decision == null) {
                return rows;
            }
            decision.path("candidates").forEach(c -> {
                List<String> reasons = new ArrayList<>();
                c.path("exclusions").forEach(e -> reasons.add(e.path("rule").asText() + ": "
                        + e.path("reason").asText()));
                JsonNode inputs = c.path("inputs");
                rows.add(new Row(c.path("name").asText(), c.path("tenantId").asText(),
                        c.path("rank").isNumber() ? c.path("rank").asText() : "", c.path("offered").asBoolean(),
                        c.path("exploration").asBoolean(), String.join("; ", reasons),
                        inputs(inputs)));
            });
            return rows;
        }
    }

    /** The rank inputs as "name value" pairs, the way the engine recorded them. */
    static String inputs(JsonNode inputs) {
        List<String> pairs = new ArrayList<>();
        inputs.fields().forEachRemaining(field -> pairs.add(field.getKey() + " " + field.getValue().asText()));
        return String.join(", ", pairs);
    }

    public record Row(String name, String tenantId, String rank, boolean offered, boolean exploration,
                      String reasons, String inputs) {
        public String outcome() {
            return offered ? (exploration ? "offered (exploration slot)" : "offered")
                    : reasons.isEmpty() ? "eligible, not in this wave" : "excluded";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offer(String supplierName, int wave, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Audit(Entry rfq, List<Wave> waves, List<Offer> offers) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance routing(Page page, String q, List<Entry> rfqs);

        static native TemplateInstance decision(Page page, Audit audit);
    }

    @GET
    public TemplateInstance search(@QueryParam("q") String q) {
        String text = q == null ? "" : q.strip();
        List<Entry> rfqs = json.convertValue(marketplaceService.routingAudit(text), new TypeReference<>() { });
        return Templates.routing(pages.page("Routing audit"), text, rfqs);
    }

    @GET
    @Path("/{rfqId}")
    public TemplateInstance decision(@PathParam("rfqId") UUID rfqId) {
        Audit audit = json.convertValue(marketplaceService.routingDecision(rfqId), Audit.class);
        return Templates.decision(pages.page("Routing of " + audit.rfq().number()), audit);
    }
}
