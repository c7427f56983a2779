package app.routecard.marketplace.offers;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.quotes.QuoteDtos;
import app.routecard.marketplace.quotes.QuotePolicy;
import app.routecard.marketplace.quotes.QuoteRows;
import app.routecard.marketplace.routing.NextWaves;
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
import java.util.List;
import java.util.UUID;

/**
 * A shop's answers to an offer other than a quote: it is viewed, declined, or countered. A decline opens the
 * RFQ's next wave at once, from the shops not yet offered it: the offer is the shop's and the wave the buyer's, so
 * both are written in one transaction in the all-tenants scope, after the shop's own read proved the offer is its.
 */
@RequestScoped
public class OfferAnswers {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final MarketClock clock;
    private final QuoteRows rows;
    private final NextWaves nextWaves;
    private final SecurityIdentity identity;

    public OfferAnswers(Outbox outbox, CurrentTenant tenant, MarketClock clock, QuoteRows rows, NextWaves nextWaves,
                        SecurityIdentity identity) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.clock = clock;
        this.rows = rows;
        this.nextWaves = nextWaves;
        this.identity = identity;
    }

    /** What {@code marketplace.offer.declined} says. */
    public record Declined(UUID offerId, UUID rfqId, String buyerTenantId, String reason, String note, int wave,
                           OffsetDateTime offeredAt, OffsetDateTime declinedAt) {
    }

    /** What {@code marketplace.offer.viewed} says: the first time someone of the shop opened it. */
    public record Viewed(UUID offerId, UUID rfqId, String buyerTenantId, String by, OffsetDateTime offeredAt,
                         OffsetDateTime viewedAt) {
    }

    /** What {@code marketplace.offer.countered} says. */
    public record Countered(UUID offerId, UUID quoteId, UUID rfqId, String buyerTenantId, Integer quantity,
                            Integer leadDays, String shipDate, BigDecimal unitPrice, String note,
                            OffsetDateTime offeredAt, OffsetDateTime counteredAt, String by) {
    }

    /** The first opening of a new offer by the shop's admin marks it viewed (the buyer's responsiveness clock). */
    @Transactional
    public void viewed(Offer offer) {
        if (!"NEW".equals(offer.status)) {
            return;
        }
        OffsetDateTime now = clock.now();
        offer.status = "VIEWED";
        outbox.record(new IntegrationEvent("marketplace.offer.viewed", offer.id.toString(), tenant.id(),
                new Viewed(offer.id, offer.rfqId, offer.buyerTenant, user(), offer.createdAt, now)));
    }

    @Transactional(Transactional.TxType.NEVER)
    public void decline(UUID offerId, OfferPolicy.DeclineReason reason, String note) {
        String shop = tenant.id();
        Offer offer = own(offerId);
        TenantTransactions.allTenants("a shop's decline ends its offer and opens the buyer's next wave", () -> {
            String status = rows.lockOffer(offerId, shop);
            OffsetDateTime now = clock.now();
            Refusal.throwIfPresent(OfferPolicy.checkDecline(status, offer.expiresAt, now, reason, note));
            rows.answerOffer(offerId, "DECLINED");
            nextWaves.dueNow(offer.rfqId, now);
            outbox.record(new IntegrationEvent("marketplace.offer.declined", offerId.toString(), shop,
                    new Declined(offerId, offer.rfqId, offer.buyerTenant, reason.name(),
                            note == null || note.isBlank() ? null : note.strip(), offer.waveNumber, offer.createdAt,
                            now)));
            return null;
        });
    }

    /** A counter-offer: other quantity, lead time or ship date (and a price if the shop has one). */
    @Transactional(Transactional.TxType.NEVER)
    public UUID counter(UUID offerId, QuoteDtos.CounterRequest request) {
        String shop = tenant.id();
        Offer offer = own(offerId);
        UUID quoteId = UUID.randomUUID();
        return TenantTransactions.allTenants("a counter-offer is the shop's and, as received, the buyer's", () -> {
            String status = rows.lockOffer(offerId, shop);
            QuoteRows.RfqFacts rfq = rows.rfq(offer.rfqId);
            OffsetDateTime now = clock.now();
            Refusal.throwIfPresent(QuotePolicy.checkAnswer(status, offer.expiresAt, rfq.status(), rfq.deadline(),
                    now));
            QuotePolicy.counterProblem(request.quantity(), request.leadDays(), request.shipDate(), clock.today())
                    .ifPresent(problem -> {
                        throw new InvalidField(problem[0], problem[1]);
                    });
            String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
            rows.insert(quoteId, shop, offer, rfq, "COUNTER", List.of(), new QuoteDtos.Counter(request.quantity(),
                    request.leadDays(), request.shipDate(), request.unitPrice(), note),
                    rfq.deadline().toLocalDate(), note, now);
            rows.answerOffer(offerId, "COUNTERED");
            outbox.record(new IntegrationEvent("marketplace.offer.countered", offerId.toString(), shop,
                    new Countered(offerId, quoteId, offer.rfqId, offer.buyerTenant, request.quantity(),
                            request.leadDays(), request.shipDate() == null ? null : request.shipDate().toString(),
                            request.unitPrice(), note, offer.createdAt, now, user())));
            return quoteId;
        });
    }

    private Offer own(UUID offerId) {
        return TenantTransactions.forTenant(tenant.id(), () -> Offer.<Offer>findByIdOptional(offerId)
                .orElseThrow(() -> new NotFoundException("No offer " + offerId)));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
