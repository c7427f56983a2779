package app.routecard.marketplace.quotes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.UUID;

/** Quotes as each party reads them: the shop its own quotes, the buyer the quotes received on its RFQs. */
@ApplicationScoped
public class QuoteReads {

    private final ObjectMapper json;

    public QuoteReads(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public List<QuoteDtos.QuoteView> shopQuotes() {
        return Quote.<Quote>list("order by updatedAt desc").stream().map(this::view).toList();
    }

    @Transactional
    public QuoteDtos.QuoteView shopQuote(UUID id) {
        return Quote.<Quote>findByIdOptional(id).map(this::view)
                .orElseThrow(() -> new NotFoundException("No quote " + id));
    }

    /** The shop's answer to one of its offers, if it gave one. */
    @Transactional
    public java.util.Optional<QuoteDtos.QuoteView> forOffer(UUID offerId) {
        return Quote.<Quote>find("offerId", offerId).firstResultOptional().map(this::view);
    }

    /** The quotes received on one of the buyer's RFQs (the caller checked the RFQ is the buyer's). */
    @Transactional
    public List<QuoteDtos.QuoteView> received(UUID rfqId) {
        return ReceivedQuote.<ReceivedQuote>list("rfqId = ?1 order by submittedAt", rfqId).stream()
                .map(this::view).toList();
    }

    private QuoteDtos.QuoteView view(Quote quote) {
        return new QuoteDtos.QuoteView(quote.id, quote.offerId, quote.rfqId, quote.rfqNumber, quote.tenantId, null,
                quote.kind, quote.status, quote.currency.strip(), lines(quote.lines), counter(quote.counter),
                quote.validUntil, quote.notes, quote.revision, quote.submittedAt, quote.updatedAt,
                quote.withdrawnAt);
    }

    private QuoteDtos.QuoteView view(ReceivedQuote quote) {
        return new QuoteDtos.QuoteView(quote.id, null, quote.rfqId, null, quote.supplierTenant, quote.supplierName,
                quote.kind, quote.status, quote.currency.strip(), lines(quote.lines), counter(quote.counter),
                quote.validUntil, quote.notes, quote.revision, quote.submittedAt, quote.updatedAt,
                quote.withdrawnAt);
    }

    private List<QuoteDtos.QuotedLine> lines(String stored) {
        return QuoteRows.read(json, stored, new TypeReference<List<QuoteDtos.QuotedLine>>() { });
    }

    private QuoteDtos.Counter counter(String stored) {
        return stored == null ? null : QuoteRows.read(json, stored, new TypeReference<QuoteDtos.Counter>() { });
    }
}
