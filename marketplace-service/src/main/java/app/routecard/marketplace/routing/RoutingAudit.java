package app.routecard.marketplace.routing;

import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Routing decisions read across tenants, for the two readers the buyer's own view does not serve: the operator,
 * who audits any posted RFQ's whole decision, and a shop that was a candidate but not offered, which reads only
 * its own reasons ("why not me") and never the buyer, the RFQ's text or the other candidates.
 */
@ApplicationScoped
public class RoutingAudit {

    private final EntityManager entities;
    private final TenantNames names;
    private final ObjectMapper json;

    public RoutingAudit(EntityManager entities, TenantNames names, ObjectMapper json) {
        this.entities = entities;
        this.names = names;
        this.json = json;
    }

    /** A posted RFQ as the operator finds it. */
    public record RfqEntry(UUID id, String number, String title, String status, String buyerTenantId,
                           String buyerName, OffsetDateTime postedAt) {
    }

    /** One wave, whole: the seed, every candidate in or out with its reasons and rank inputs, who was offered. */
    public record Wave(int number, String status, long seed, OffsetDateTime openedAt, OffsetDateTime expiresAt,
                       JsonNode decision) {
    }

    /** One offer the RFQ's routing made, and where it stands. */
    public record OfferState(String supplierTenantId, String supplierName, int wave, String status) {
    }

    public record RfqAudit(RfqEntry rfq, List<Wave> waves, List<OfferState> offers) {
    }

    /** What a shop may read of a decision it was judged in but not offered: its own reasons, nothing else. */
    public record NotOffered(UUID rfqId, String rfqNumber, int wave, OffsetDateTime judgedAt,
                             List<String> reasons) {
    }

    @SuppressWarnings("unchecked")
    public List<RfqEntry> search(String text, int limit) {
        return TenantTransactions.allTenants("the operator searches every buyer's posted RFQs", () -> {
            String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            var query = entities.createNativeQuery("select id, number, title, status, tenant_id, posted_at from rfq"
                    + " where status <> 'DRAFT'" + (pattern == null ? ""
                    : " and (lower(number) like :pattern or lower(title) like :pattern)")
                    + " order by posted_at desc limit :limit").setParameter("limit", limit);
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
            List<Object[]> rows = query.getResultList();
            return rows.stream().map(this::entry).toList();
        });
    }

    @SuppressWarnings("unchecked")
    public RfqAudit audit(UUID rfqId) {
        return TenantTransactions.allTenants("the operator audits an RFQ's routing", () -> {
            List<Object[]> found = entities.createNativeQuery("""
                    select id, number, title, status, tenant_id, posted_at from rfq
                    where id = :id and status <> 'DRAFT'""").setParameter("id", rfqId).getResultList();
            if (found.isEmpty()) {
                throw new NotFoundException("No posted RFQ " + rfqId);
            }
            List<Wave> waves = new ArrayList<>();
            for (Object[] wave : (List<Object[]>) entities.createNativeQuery("""
                    select number, status, seed, opened_at, expires_at, decision::text from routing_wave
                    where rfq_id = :id order by number""").setParameter("id", rfqId).getResultList()) {
                waves.add(new Wave(((Number) wave[0]).intValue(), (String) wave[1], ((Number) wave[2]).longValue(),
                        NativeValues.offsetDateTime(wave[3]), NativeValues.offsetDateTime(wave[4]),
                        wave[5] == null ? null
                                : StoredDecision.read(json, (String) wave[5], shop -> names.of(shop).orElse(shop))));
            }
            List<OfferState> offers = ((List<Object[]>) entities.createNativeQuery("""
                    select tenant_id, wave_number, status from offer where rfq_id = :id
                    order by wave_number, created_at""").setParameter("id", rfqId).getResultList()).stream()
                    .map(o -> new OfferState((String) o[0], names.of((String) o[0]).orElse((String) o[0]),
                            ((Number) o[1]).intValue(), (String) o[2])).toList();
            return new RfqAudit(entry(found.get(0)), waves, offers);
        });
    }

    /** The RFQs the shop was judged for and never offered, newest first, each with only the shop's reasons. */
    @SuppressWarnings("unchecked")
    public List<NotOffered> notOffered(String shop, UUID rfqId) {
        return TenantTransactions.allTenants("a shop reads its own reasons in other tenants' routing decisions",
                () -> {
                    var query = entities.createNativeQuery("""
                            select distinct on (w.rfq_id) w.rfq_id, r.number, w.number, w.opened_at,
                                   (select (c -> 'exclusions')::text
                                    from jsonb_array_elements(d.decision -> 'candidates') c
                                    where c ->> 'tenantId' = :shop),
                                   (select e::text from jsonb_array_elements(d.decision -> 'excluded') e
                                    where e ->> 0 = :shop),
                                   (d.decision -> 'reasons')::text
                            from routing_wave w join rfq r on r.id = w.rfq_id
                                 cross join lateral (select w.decision::jsonb as decision) d
                            where strpos(w.decision, :quoted) > 0
                              and (d.decision -> 'candidates'
                                       @> jsonb_build_array(jsonb_build_object('tenantId', cast(:shop as text)))
                                   or d.decision -> 'excluded'
                                       @> jsonb_build_array(jsonb_build_array(cast(:shop as text))))
                              and not exists (select 1 from offer o where o.rfq_id = w.rfq_id and o.tenant_id = :shop)
                            """ + (rfqId == null ? "" : " and w.rfq_id = :rfq ")
                            + " order by w.rfq_id, w.number desc").setParameter("shop", shop)
                            // A cheap text search first: only decisions naming the shop are parsed.
                            .setParameter("quoted", '"' + shop + '"');
                    if (rfqId != null) {
                        query.setParameter("rfq", rfqId);
                    }
                    List<Object[]> rows = query.getResultList();
                    List<NotOffered> answers = new ArrayList<>();
                    for (Object[] row : rows) {
                        List<String> reasons = new ArrayList<>();
                        if (row[4] != null) {
                            tree(row[4].toString()).forEach(e -> reasons.add(e.path("reason").asText()));
                        }
                        if (row[5] != null) {
                            // The compact form: [tenantId, index into the decision's reasons, ...].
                            JsonNode excluded = tree(row[5].toString());
                            JsonNode known = tree(row[6].toString());
                            for (int i = 1; i < excluded.size(); i++) {
                                reasons.add(known.path(excluded.get(i).asInt()).path("reason").asText());
                            }
                        }
                        if (reasons.isEmpty()) {
                            reasons.add("eligible, but ranked below the shops offered in the waves so far");
                        }
                        answers.add(new NotOffered((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(),
                                NativeValues.offsetDateTime(row[3]), reasons));
                    }
                    answers.sort(java.util.Comparator.comparing(NotOffered::judgedAt,
                            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
                    return answers;
                });
    }

    private RfqEntry entry(Object[] row) {
        String buyer = (String) row[4];
        return new RfqEntry((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], buyer,
                names.of(buyer).orElse(buyer), NativeValues.offsetDateTime(row[5]));
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision no longer reads", e);
        }
    }
}
