package app.routecard.marketplace.quotes;

import app.routecard.marketplace.offers.Offer;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two rows of every quote, the shop's ({@code quote}) and the buyer's ({@code received_quote}), written
 * together; and the RFQ as a quote needs to read it. Only inside an all-tenants transaction, after the caller
 * proved the offer or quote is the signed-in shop's.
 */
@ApplicationScoped
public class QuoteRows {

    private final EntityManager entities;
    private final TenantNames names;
    private final ObjectMapper json;

    public QuoteRows(EntityManager entities, TenantNames names, ObjectMapper json) {
        this.entities = entities;
        this.names = names;
        this.json = json;
    }

    /** The RFQ as a quote needs it: state, deadline, currency, number, and each line (position, part, breaks). */
    public record RfqFacts(String status, OffsetDateTime deadline, String currency, String number,
                           Map<UUID, Line> lines) {
        public Map<UUID, List<Integer>> breaks() {
            Map<UUID, List<Integer>> breaks = new LinkedHashMap<>();
            lines.forEach((id, line) -> breaks.put(id, line.quantities()));
            return breaks;
        }
    }

    public record Line(int position, String partNumber, List<Integer> quantities) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public RfqFacts rfq(UUID rfqId) {
        Object[] rfq = (Object[]) entities.createNativeQuery(
                "select status, quote_deadline, currency, number from rfq where id = :id")
                .setParameter("id", rfqId).getSingleResult();
        Map<UUID, Line> lines = new LinkedHashMap<>();
        for (Object[] line : (List<Object[]>) entities.createNativeQuery(
                "select id, position, part_number, quantities::text from rfq_line where rfq_id = :rfq order by position")
                .setParameter("rfq", rfqId).getResultList()) {
            lines.put((UUID) line[0], new Line(((Number) line[1]).intValue(), (String) line[2],
                    read(json, (String) line[3], new TypeReference<List<Integer>>() { })));
        }
        return new RfqFacts((String) rfq[0], NativeValues.offsetDateTime(rfq[1]), ((String) rfq[2]).strip(),
                (String) rfq[3], lines);
    }

    /** The offer's status, locked against a second answer at the same moment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String lockOffer(UUID offerId, String shop) {
        return (String) entities.createNativeQuery(
                "select status from offer where id = :id and tenant_id = :shop for update")
                .setParameter("id", offerId).setParameter("shop", shop).getSingleResult();
    }

    /** Marks the shop's offer answered (quoted, countered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerOffer(UUID offerId, String status) {
        entities.createNativeQuery("update offer set status = :status where id = :id")
                .setParameter("status", status).setParameter("id", offerId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OffsetDateTime offeredAt(UUID offerId) {
        return NativeValues.offsetDateTime(entities.createNativeQuery("select created_at from offer where id = :id")
                .setParameter("id", offerId).getSingleResult());
    }

    /** The quote's status, locked against a concurrent revision, withdrawal or award. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String lockQuote(UUID quoteId, String shop) {
        return (String) entities.createNativeQuery(
                "select status from quote where id = :id and tenant_id = :shop for update")
                .setParameter("id", quoteId).setParameter("shop", shop).getSingleResult();
    }

    /** Writes a new answer to {@code offer} from {@code shop}: the shop's quote and the buyer's copy. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(UUID quoteId, String shop, Offer offer, RfqFacts rfq, String kind,
                       List<QuoteDtos.QuotedLine> lines, QuoteDtos.Counter counter, LocalDate validUntil,
                       String notes, OffsetDateTime now) {
        entities.createNativeQuery("""
                insert into quote (id, tenant_id, offer_id, rfq_id, rfq_number, buyer_tenant, kind, status, currency,
                                   lines, counter, valid_until, notes, revision, submitted_at, updated_at)
                values (:id, :shop, :offer, :rfq, :number, :buyer, :kind, 'SUBMITTED', :currency,
                        cast(:lines as jsonb), cast(:counter as jsonb), :validUntil, :notes, 1, :now, :now)""")
                .setParameter("id", quoteId).setParameter("shop", shop).setParameter("offer", offer.id)
                .setParameter("rfq", offer.rfqId).setParameter("number", rfq.number())
                .setParameter("buyer", offer.buyerTenant).setParameter("kind", kind)
                .setParameter("currency", rfq.currency()).setParameter("lines", write(lines))
                .setParameter("counter", counter == null ? null : write(counter))
                .setParameter("validUntil", validUntil).setParameter("notes", blankToNull(notes))
                .setParameter("now", now).executeUpdate();
        entities.createNativeQuery("""
                insert into received_quote (id, tenant_id, rfq_id, supplier_tenant, supplier_name, kind, status,
                                            currency, lines, counter, valid_until, notes, revision, submitted_at,
                                            updated_at)
                values (:id, :buyer, :rfq, :shop, :name, :kind, 'SUBMITTED', :currency, cast(:lines as jsonb),
                        cast(:counter as jsonb), :validUntil, :notes, 1, :now, :now)""")
                .setParameter("id", quoteId).setParameter("buyer", offer.buyerTenant).setParameter("rfq", offer.rfqId)
                .setParameter("shop", shop).setParameter("name", names.of(shop).orElse(shop))
                .setParameter("kind", kind).setParameter("currency", rfq.currency())
                .setParameter("lines", write(lines)).setParameter("counter", counter == null ? null : write(counter))
                .setParameter("validUntil", validUntil).setParameter("notes", blankToNull(notes))
                .setParameter("now", now).executeUpdate();
    }

    /** Replaces a quote's lines, validity and notes on both rows; the revision counts up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(UUID quoteId, List<QuoteDtos.QuotedLine> lines, LocalDate validUntil, String notes,
                       OffsetDateTime now) {
        for (String table : List.of("quote", "received_quote")) {
            entities.createNativeQuery("update " + table + " set lines = cast(:lines as jsonb),"
                            + " valid_until = :validUntil, notes = :notes, revision = revision + 1,"
                            + " updated_at = :now where id = :id")
                    .setParameter("lines", write(lines)).setParameter("validUntil", validUntil)
                    .setParameter("notes", blankToNull(notes)).setParameter("now", now)
                    .setParameter("id", quoteId).executeUpdate();
        }
    }

    /** Sets a quote's status on both rows (withdrawn, awarded, not awarded). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void status(UUID quoteId, String status, OffsetDateTime now) {
        for (String table : List.of("quote", "received_quote")) {
            entities.createNativeQuery("update " + table + " set status = :status, updated_at = :now,"
                            + " withdrawn_at = case when :status = 'WITHDRAWN' then :now else withdrawn_at end"
                            + " where id = :id")
                    .setParameter("status", status).setParameter("now", now).setParameter("id", quoteId)
                    .executeUpdate();
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON no longer reads: " + e.getOriginalMessage(), e);
        }
    }
}
