package app.routecard.marketplace.awards;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.marketplace.scoring.ScoringSettings;
import app.routecard.marketplace.scoring.ScoringSettingsSource;
import app.routecard.marketplace.quotes.QuoteDtos;
import app.routecard.marketplace.quotes.QuoteRows;
import app.routecard.marketplace.rfq.Rfq;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.NumberSeries;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A buyer awards a quote, whole or line by line. Each awarded line is the buyer's order and the winning shop's
 * award (one row each, same id), and {@code marketplace.award.created} makes job-service create its job in the
 * shop's tenant. When every line is awarded, the other quotes are told "not awarded".
 */
@RequestScoped
public class AwardService {

    private final EntityManager entities;
    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final TenantNames names;
    private final NumberSeries numbers;
    private final QuoteRows quotes;
    private final MarketClock clock;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    private final ScoringSettingsSource scoring;

    public AwardService(EntityManager entities, Outbox outbox, CurrentTenant tenant, TenantNames names,
                        NumberSeries numbers, QuoteRows quotes, MarketClock clock, ObjectMapper json,
                        SecurityIdentity identity, ScoringSettingsSource scoring) {
        this.scoring = scoring;
        this.entities = entities;
        this.outbox = outbox;
        this.tenant = tenant;
        this.names = names;
        this.numbers = numbers;
        this.quotes = quotes;
        this.clock = clock;
        this.json = json;
        this.identity = identity;
    }

    /** What {@code marketplace.award.created} says: the shop's job to create, and who else quoted in vain. */
    public record AwardCreated(UUID awardId, String orderNumber, UUID rfqId, String rfqNumber, String rfqTitle,
                               UUID quoteId, String buyerTenantId, String buyerName, UUID lineId, String partNumber,
                               String revision, int quantity, BigDecimal unitPrice, String currency,
                               String promisedShipDate, List<String> notAwarded, OffsetDateTime awardedAt,
                               String by) {
    }

    /** What {@code fileshare.requested} asks of files-service: the RFQ's drawings for the shop, for the job. */
    public record ShareRequest(String shareKey, String granteeTenantId, String subjectType, UUID subjectId,
                               OffsetDateTime expiresAt, String requestedBy, String reason) {
    }

    private record RfqLine(UUID id, int position, String partNumber, String revision) {
    }

    @Transactional(Transactional.TxType.NEVER)
    @SuppressWarnings("unchecked")
    public List<AwardDtos.Awarded> award(UUID rfqId, AwardDtos.AwardRequest request) {
        String buyer = tenant.id();
        TenantTransactions.forTenant(buyer, () -> Rfq.<Rfq>findByIdOptional(rfqId)
                .orElseThrow(() -> new NotFoundException("No RFQ " + rfqId)));
        return TenantTransactions.allTenants("an award is the buyer's order and the winning shop's award", () -> {
            Object[] rfq = (Object[]) entities.createNativeQuery("""
                    select status, number, title from rfq where id = :id and tenant_id = :buyer for update""")
                    .setParameter("id", rfqId).setParameter("buyer", buyer).getSingleResult();
            List<Object[]> found = entities.createNativeQuery("""
                    select status, kind, valid_until, lines::text, supplier_tenant, supplier_name, currency
                    from received_quote where id = :id and rfq_id = :rfq and tenant_id = :buyer""")
                    .setParameter("id", request.quoteId()).setParameter("rfq", rfqId).setParameter("buyer", buyer)
                    .getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("No quote " + request.quoteId() + " on this RFQ");
            }
            Object[] quote = found.get(0);
            OffsetDateTime now = clock.now();
            LocalDate today = clock.today();
            Refusal.throwIfPresent(AwardPolicy.checkAward((String) rfq[0], (String) quote[1], (String) quote[0],
                    NativeValues.localDate(quote[2]), today));
            Map<UUID, QuoteDtos.QuotedLine> quoted = read((String) quote[3]).stream()
                    .collect(Collectors.toMap(QuoteDtos.QuotedLine::lineId, line -> line));
            Map<UUID, RfqLine> lines = rfqLines(rfqId);
            Set<UUID> awardedBefore = new HashSet<>(entities.createNativeQuery(
                    "select rfq_line_id from purchase_order where rfq_id = :rfq").setParameter("rfq", rfqId)
                    .getResultList());
            List<AwardDtos.LineAward> asked = request.lines() == null || request.lines().isEmpty()
                    ? quoted.keySet().stream().filter(id -> !awardedBefore.contains(id))
                    .map(id -> new AwardDtos.LineAward(id, null)).toList()
                    : request.lines();
            if (asked.isEmpty()) {
                Refusal.throwIfPresent(AwardPolicy.checkLineFree(1, true));
            }
            String supplier = (String) quote[4];
            String currency = ((String) quote[6]).strip();
            List<Object> standings = entities.createNativeQuery(
                    "select standing from supplier_scorecard where tenant_id = :supplier")
                    .setParameter("supplier", supplier).getResultList();
            // A supplier without a scorecard yet is New, as routing judges it.
            String standing = standings.isEmpty() ? "NEW" : (String) standings.get(0);
            ScoringSettings.Caps caps = scoring.current().caps();
            Set<UUID> awardedNow = new HashSet<>();
            List<AwardDtos.Awarded> awarded = new ArrayList<>();
            List<AwardCreated> created = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                AwardDtos.LineAward lineAward = asked.get(i);
                QuoteDtos.QuotedLine line = quoted.get(lineAward.lineId());
                if (line == null) {
                    throw new InvalidField("lines[" + i + "].lineId", "is no line this quote prices");
                }
                Refusal.throwIfPresent(AwardPolicy.checkLineFree(line.position(),
                        awardedBefore.contains(line.lineId()) || !awardedNow.add(line.lineId())));
                String quantityField = "lines[" + i + "].quantity";
                int quantity = lineAward.quantity() == null ? line.prices().get(0).quantity() : lineAward.quantity();
                BigDecimal unitPrice = line.prices().stream().filter(p -> p.quantity() == quantity).findFirst()
                        .map(QuoteDtos.Price::unitPrice).orElseThrow(() -> new InvalidField(quantityField, "is none of the quoted quantities " + line.prices()
                                .stream().map(QuoteDtos.Price::quantity).toList()));
                Refusal.throwIfPresent(AwardPolicy.checkJobValue((String) quote[5], standing,
                        unitPrice.multiply(BigDecimal.valueOf(quantity)), currency, caps.newMaxJobValue(),
                        caps.probationMaxJobValue()));
                RfqLine rfqLine = lines.get(line.lineId());
                UUID orderId = UUID.randomUUID();
                String number = numbers.next("O", now.getYear());
                LocalDate promised = today.plusDays(line.leadDays());
                insertOrder(orderId, number, buyer, rfqId, rfqLine, request.quoteId(), supplier, (String) quote[5],
                        quantity, unitPrice, currency, line.leadDays(), promised, now);
                insertAward(orderId, number, supplier, buyer, rfqId, (String) rfq[1], request.quoteId(), rfqLine,
                        quantity, unitPrice, currency, promised, now);
                awarded.add(new AwardDtos.Awarded(orderId, number, line.lineId(), quantity));
                created.add(new AwardCreated(orderId, number, rfqId, (String) rfq[1], (String) rfq[2],
                        request.quoteId(), buyer, names.of(buyer).orElse(buyer), line.lineId(), rfqLine.partNumber(),
                        rfqLine.revision(), quantity, unitPrice, currency, promised.toString(), List.of(), now,
                        identity.getPrincipal().getName()));
                outbox.record(new IntegrationEvent("fileshare.requested", "award:" + orderId, buyer,
                        new ShareRequest("award:" + orderId, supplier, "RFQ", rfqId,
                                AwardPolicy.drawingsSharedUntil(promised, now),
                                "marketplace-service", "order " + number + " awarded")));
            }
            quotes.status(request.quoteId(), "AWARDED", now);
            String status = AwardPolicy.rfqStatusAfter(lines.size(), awardedBefore.size() + awardedNow.size());
            entities.createNativeQuery("update rfq set status = :status where id = :id")
                    .setParameter("status", status).setParameter("id", rfqId).executeUpdate();
            entities.createNativeQuery("update routing_wave set status = 'CLOSED' where rfq_id = :rfq"
                    + " and status in ('DUE', 'OPEN')").setParameter("rfq", rfqId).executeUpdate();
            List<String> notAwarded = "AWARDED".equals(status) ? closeLosingQuotes(rfqId, now) : List.of();
            for (int i = 0; i < created.size(); i++) {
                AwardCreated event = created.get(i);
                if (i == created.size() - 1) {
                    event = new AwardCreated(event.awardId(), event.orderNumber(), event.rfqId(), event.rfqNumber(),
                            event.rfqTitle(), event.quoteId(), event.buyerTenantId(), event.buyerName(),
                            event.lineId(), event.partNumber(), event.revision(), event.quantity(),
                            event.unitPrice(), event.currency(), event.promisedShipDate(), notAwarded,
                            event.awardedAt(), event.by());
                }
                outbox.record(new IntegrationEvent("marketplace.award.created", event.awardId().toString(), supplier,
                        event));
            }
            return awarded;
        });
    }

    /** Every quote still standing when the RFQ is fully awarded is not awarded; answers their shops. */
    @SuppressWarnings("unchecked")
    private List<String> closeLosingQuotes(UUID rfqId, OffsetDateTime now) {
        List<Object[]> losing = entities.createNativeQuery("""
                select id, supplier_tenant from received_quote where rfq_id = :rfq and status = 'SUBMITTED'""")
                .setParameter("rfq", rfqId).getResultList();
        for (Object[] quote : losing) {
            quotes.status((UUID) quote[0], "NOT_AWARDED", now);
        }
        return losing.stream().map(quote -> (String) quote[1]).distinct().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, RfqLine> rfqLines(UUID rfqId) {
        Map<UUID, RfqLine> lines = new java.util.LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery(
                "select id, position, part_number, revision from rfq_line where rfq_id = :rfq order by position")
                .setParameter("rfq", rfqId).getResultList()) {
            lines.put((UUID) row[0], new RfqLine((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2],
                    (String) row[3]));
        }
        return lines;
    }

    private void insertOrder(UUID id, String number, String buyer, UUID rfqId, RfqLine line, UUID quoteId,
                             String supplier, String supplierName, int quantity, BigDecimal unitPrice,
                             String currency, int leadDays, LocalDate promised, OffsetDateTime now) {
        entities.createNativeQuery("""
                insert into purchase_order (id, tenant_id, number, rfq_id, rfq_line_id, quote_id, supplier_tenant,
                    supplier_name, part_number, revision, quantity, unit_price, currency, lead_days,
                    promised_ship_date, status, awarded_by, awarded_at, updated_at)
                values (:id, :buyer, :number, :rfq, :line, :quote, :supplier, :supplierName, :part, :revision,
                    :quantity, :price, :currency, :leadDays, :promised, 'AWARDED', :by, :now, :now)""")
                .setParameter("id", id).setParameter("buyer", buyer).setParameter("number", number)
                .setParameter("rfq", rfqId).setParameter("line", line.id()).setParameter("quote", quoteId)
                .setParameter("supplier", supplier).setParameter("supplierName", supplierName)
                .setParameter("part", line.partNumber()).setParameter("revision", line.revision())
                .setParameter("quantity", quantity).setParameter("price", unitPrice)
                .setParameter("currency", currency).setParameter("leadDays", leadDays)
                .setParameter("promised", promised).setParameter("by", identity.getPrincipal().getName())
                .setParameter("now", now).executeUpdate();
    }

    private void insertAward(UUID id, String number, String supplier, String buyer, UUID rfqId, String rfqNumber,
                             UUID quoteId, RfqLine line, int quantity, BigDecimal unitPrice, String currency,
                             LocalDate promised, OffsetDateTime now) {
        entities.createNativeQuery("""
                insert into award (id, tenant_id, order_number, buyer_tenant, buyer_name, rfq_id, rfq_number,
                    quote_id, part_number, revision, quantity, unit_price, currency, promised_ship_date, status,
                    awarded_at)
                values (:id, :supplier, :number, :buyer, :buyerName, :rfq, :rfqNumber, :quote, :part, :revision,
                    :quantity, :price, :currency, :promised, 'NEW', :now)""")
                .setParameter("id", id).setParameter("supplier", supplier).setParameter("number", number)
                .setParameter("buyer", buyer).setParameter("buyerName", names.of(buyer).orElse(buyer))
                .setParameter("rfq", rfqId).setParameter("rfqNumber", rfqNumber).setParameter("quote", quoteId)
                .setParameter("part", line.partNumber()).setParameter("revision", line.revision())
                .setParameter("quantity", quantity).setParameter("price", unitPrice)
                .setParameter("currency", currency).setParameter("promised", promised).setParameter("now", now)
                .executeUpdate();
    }

    private List<QuoteDtos.QuotedLine> read(String lines) {
        try {
            return json.readValue(lines, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored quote no longer reads", e);
        }
    }
}
