package app.routecard.portal.vocabulary;

import app.routecard.portal.services.MarketplaceService;
import app.routecard.portal.web.PageContext;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The marketplace's controlled vocabularies (processes, certifications) with their names in words, read once per page.
 */
@RequestScoped
public class MarketplaceVocabulary {

    /** One choice: the code the services take and the words a person reads. */
    public record Term(String code, String label) {
    }

    private final MarketplaceService marketplaceService;
    private final PageContext pages;
    private JsonNode vocabulary;

    public MarketplaceVocabulary(@RestClient MarketplaceService marketplaceService, PageContext pages) {
        this.marketplaceService = marketplaceService;
        this.pages = pages;
    }

    public List<Term> processes() {
        return terms("processes");
    }

    public List<Term> certifications() {
        return terms("certifications");
    }

    private List<Term> terms(String kind) {
        if (vocabulary == null) {
            vocabulary = marketplaceService.vocabulary();
        }
        List<Term> terms = new ArrayList<>();
        vocabulary.path(kind).forEach(term -> terms.add(new Term(term.path("code").asText(),
                term.path("label").asText())));
        return terms;
    }
}
