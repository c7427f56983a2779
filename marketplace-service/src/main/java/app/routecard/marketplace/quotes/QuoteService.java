package app.routecard.marketplace.quotes;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.offers.Offer;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A shop's quotes: sent for an offer, revised, withdrawn, until the RFQ's quote deadline. Each change writes the
 * shop's quote and the buyer's copy in one all-tenants transaction, after the shop's own read proved it is its.
 */
@RequestScoped
public class QuoteService {

    private final QuoteRows rows;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final MarketClock clock;
    private final SecurityIdentity identity;

    public QuoteService(QuoteRows rows, Outbox outbox, CurrentTenant tenant, MarketClock clock,
                        SecurityIdentity identity) {
        this.rows = rows;
        this.outbox = outbox;
        this.tenant = tenant;
        this.clock = clock;
        this.identity = identity;
    }

    /** What {@code marketplace.quote.submitted} says (a revision is submitted again, with its number). */
    public record QuoteSubmitted(UUID quoteId, UUID offerId, UUID rfqId, String rfqNumber, String buyerTenantId,
                                 int revision, int lines, String currency, String validUntil,
                                 OffsetDateTime offeredAt, OffsetDateTime submittedAt, String by) {
    }

    /** What {@code marketplace.quote.withdrawn} says. */
    public record QuoteWithdrawn(UUID quoteId, UUID offerId, UUID rfqId, String buyerTenantId, String reason,
                                 OffsetDateTime withdrawnAt, String by) {
    }

    @Transactional(Transactional.TxType.NEVER)
    public UUID submit(QuoteDtos.QuoteRequest request) {
        if (request.offerId() == null) {
            throw new InvalidField("offerId", "says which offer this quote answers");
        }
        String shop = tenant.id();
        Offer offer = TenantTransactions.forTenant(shop, () -> Offer.<Offer>findByIdOptional(request.offerId())
                .orElseThrow(() -> new NotFoundException("No offer " + request.offerId())));
        UUID quoteId = UUID.randomUUID();
        return TenantTransactions.allTenants("a quote is the shop's and, as received, the RFQ's buyer's", () -> {
            String offerStatus = rows.lockOffer(offer.id, shop);
            QuoteRows.RfqFacts rfq = rows.rfq(offer.rfqId);
            OffsetDateTime now = clock.now();
            Refusal.throwIfPresent(QuotePolicy.checkAnswer(offerStatus, offer.expiresAt, rfq.status(),
                    rfq.deadline(), now));
            List<QuoteDtos.QuotedLine> lines = quotedLines(request, rfq);
            rows.insert(quoteId, shop, offer, rfq, "QUOTE", lines, null, request.validUntil(), request.notes(), now);
            rows.answerOffer(offer.id, "QUOTED");
            outbox.record(new IntegrationEvent("marketplace.quote.submitted", quoteId.toString(), shop,
                    new QuoteSubmitted(quoteId, offer.id, offer.rfqId, rfq.number(), offer.buyerTenant, 1,
                            lines.size(), rfq.currency(), request.validUntil().toString(), offer.createdAt, now,
                            user())));
            return quoteId;
        });
    }

    @Transactional(Transactional.TxType.NEVER)
    public void revise(UUID quoteId, QuoteDtos.QuoteRequest request) {
        String shop = tenant.id();
        Quote quote = own(quoteId);
        TenantTransactions.allTenants("a revised quote changes the shop's quote and the buyer's copy", () -> {
            String status = rows.lockQuote(quoteId, shop);
            QuoteRows.RfqFacts rfq = rows.rfq(quote.rfqId);
            OffsetDateTime now = clock.now();
            Refusal.throwIfPresent(QuotePolicy.checkChange(status, rfq.status(), rfq.deadline(), now));
            if (!"QUOTE".equals(quote.kind)) {
                Refusal.throwIfPresent(Refusal.refuse("ReviseOnlyQuotes",
                        "A counter-offer is not revised: withdraw it and send another"));
            }
            List<QuoteDtos.QuotedLine> lines = quotedLines(request, rfq);
            rows.revise(quoteId, lines, request.validUntil(), request.notes(), now);
            OffsetDateTime offeredAt = rows.offeredAt(quote.offerId);
            outbox.record(new IntegrationEvent("marketplace.quote.submitted", quoteId.toString(), shop,
                    new QuoteSubmitted(quoteId, quote.offerId, quote.rfqId, rfq.number(), quote.buyerTenant,
                            quote.revision + 1, lines.size(), rfq.currency(), request.validUntil().toString(),
                            offeredAt, now, user())));
            return null;
        });
    }

    @Transactional(Transactional.TxType.NEVER)
    public void withdraw(UUID quoteId, String reason) {
        String shop = tenant.id();
        Quote quote = own(quoteId);
        TenantTransactions.allTenants("a withdrawn quote is withdrawn for the shop and the buyer", () -> {
            String status = rows.lockQuote(quoteId, shop);
            QuoteRows.RfqFacts rfq = rows.rfq(quote.rfqId);
            OffsetDateTime now = clock.now();
            Refusal.throwIfPresent(QuotePolicy.checkChange(status, rfq.status(), rfq.deadline(), now));
            rows.status(quoteId, "WITHDRAWN", now);
            outbox.record(new IntegrationEvent("marketplace.quote.withdrawn", quoteId.toString(), shop,
                    new QuoteWithdrawn(quoteId, quote.offerId, quote.rfqId, quote.buyerTenant,
                            QuoteRows.blankToNull(reason), now, user())));
            return null;
        });
    }

    private List<QuoteDtos.QuotedLine> quotedLines(QuoteDtos.QuoteRequest request, QuoteRows.RfqFacts rfq) {
        List<QuotePolicy.QuotedLine> asked = request.lines().stream().map(line -> {
            Map<Integer, BigDecimal> prices = new TreeMap<>();
            line.prices().forEach(price -> prices.put(price.quantity(), price.unitPrice()));
            return new QuotePolicy.QuotedLine(line.lineId(), prices, line.leadDays());
        }).toList();
        QuotePolicy.contentProblem(asked, rfq.breaks(), request.validUntil(), clock.today()).ifPresent(problem -> {
            throw new InvalidField(problem[0], problem[1]);
        });
        List<QuoteDtos.QuotedLine> lines = new ArrayList<>();
        for (QuotePolicy.QuotedLine line : asked) {
            QuoteRows.Line rfqLine = rfq.lines().get(line.lineId());
            lines.add(new QuoteDtos.QuotedLine(line.lineId(), rfqLine.position(), rfqLine.partNumber(),
                    line.unitPrices().entrySet().stream().map(e -> new QuoteDtos.Price(e.getKey(), e.getValue()))
                            .toList(), line.leadDays()));
        }
        lines.sort(Comparator.comparingInt(QuoteDtos.QuotedLine::position));
        return lines;
    }

    private Quote own(UUID quoteId) {
        return TenantTransactions.forTenant(tenant.id(), () -> Quote.<Quote>findByIdOptional(quoteId)
                .orElseThrow(() -> new NotFoundException("No quote " + quoteId)));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
