package app.routecard.marketplace.quotes;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.orders.PurchaseOrder;
import app.routecard.marketplace.rfq.Rfq;
import app.routecard.marketplace.scoring.SupplierScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The quotes on one of the buyer's RFQs: as received, and compared line by line. */
@ApplicationScoped
public class BuyerQuotes {

    private final QuoteReads reads;
    private final MarketClock clock;
    private final SupplierScores scores;

    public BuyerQuotes(QuoteReads reads, MarketClock clock, SupplierScores scores) {
        this.reads = reads;
        this.clock = clock;
        this.scores = scores;
    }

    /** The comparison with the RFQ's facts the buyer reads beside it. */
    public record Comparison(UUID rfqId, String number, String status, String currency,
                             java.time.LocalDate targetShipDate, List<QuoteComparison.Line> lines,
                             List<QuoteDtos.QuoteView> counters) {
    }

    @Transactional
    public List<QuoteDtos.QuoteView> received(UUID rfqId) {
        own(rfqId);
        return reads.received(rfqId);
    }

    @Transactional
    public Comparison comparison(UUID rfqId) {
        Rfq rfq = own(rfqId);
        List<QuoteDtos.QuoteView> quotes = reads.received(rfqId);
        Map<UUID, UUID> awarded = new HashMap<>();
        PurchaseOrder.<PurchaseOrder>list("rfqId", rfqId).forEach(order -> awarded.put(order.rfqLineId,
                order.quoteId));
        List<QuoteComparison.RfqLine> lines = rfq.lines.stream().map(line -> new QuoteComparison.RfqLine(line.id,
                line.position, line.partNumber, List.copyOf(line.quantities))).toList();
        return new Comparison(rfq.id, rfq.number, rfq.status.name(), rfq.currency.strip(), rfq.targetShipDate,
                QuoteComparison.compare(lines, quotes, awarded, rfq.targetShipDate, clock.today(),
                        scores.of(quotes.stream().map(QuoteDtos.QuoteView::supplierTenantId).distinct().toList())),
                quotes.stream().filter(quote -> "COUNTER".equals(quote.kind())).toList());
    }

    private static Rfq own(UUID rfqId) {
        return Rfq.<Rfq>findByIdOptional(rfqId).orElseThrow(() -> new NotFoundException("No RFQ " + rfqId));
    }
}
