package app.routecard.portal.vocabulary;

import app.routecard.portal.web.PageContext;
import app.routecard.portal.web.ServiceClient;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/** The marketplace's controlled vocabularies (processes, certifications) with their names in words, read once per page. */
@RequestScoped
public class MarketplaceVocabulary {

    /** One choice: the code the services take and the words a person reads. */
    public record Term(String code, String label) {
    }

    private final ServiceClient services;
    private final PageContext pages;
    private JsonNode vocabulary;

    public MarketplaceVocabulary(ServiceClient services, PageContext pages) {
        this.services = services;
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
            vocabulary = services.get("marketplace", "/api/profile/vocabulary", pages.token()).body();
        }
        List<Term> terms = new ArrayList<>();
        vocabulary.path(kind).forEach(term -> terms.add(new Term(term.path("code").asText(),
                term.path("label").asText())));
        return terms;
    }
}
