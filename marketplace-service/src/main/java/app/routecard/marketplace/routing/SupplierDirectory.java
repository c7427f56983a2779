package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.platform.tenancy.TenantNames;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shops' capability profiles with their open offers and jobs, as routing reads them: across tenants, so only
 * inside the wave runner's all-tenants scope. Standing and score stay neutral until the scoring issue feeds them.
 */
@ApplicationScoped
public class SupplierDirectory {

    private final EntityManager entities;
    private final ObjectMapper json;
    private final TenantNames names;

    public SupplierDirectory(EntityManager entities, ObjectMapper json, TenantNames names) {
        this.entities = entities;
        this.json = json;
        this.names = names;
    }

    /** A profile as last read, with the version it was read at: re-read only when the row's version moves. */
    private record Cached(UUID id, int version, Supplier profile) {
    }

    private final Map<String, Cached> profiles = new ConcurrentHashMap<>();

    /**
     * The shops routing judges for an RFQ: its market, every shop that takes marketplace work and ships to the
     * RFQ's country (or anywhere), other than the buyer; for an invite-only RFQ, the invited among them. A shop
     * outside the market is not a candidate, so the decision, the buyer and "why not me" never list it. Each with
     * its open offers and its open marketplace jobs (orders not yet shipped), counted now.
     *
     * <p>The market is found by index (V6) and read as ids, versions and counts; a profile's JSON is parsed only
     * when its version has moved since this replica last read it, so a wave costs one light query, not 10,000
     * parses (bench/routing.sh). The version check on every read keeps each replica's copy exact.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Supplier> market(RfqDemand rfq) {
        String invited = rfq.inviteOnly() ? " and p.tenant_id in (:invited)" : "";
        var query = entities.createNativeQuery("""
                select p.tenant_id, p.id, p.version from capability_profile p
                where p.takes_marketplace_work
                  and (p.ships_to @> cast(:country as jsonb) or p.ships_to = '[]'::jsonb)
                  and p.tenant_id <> :buyer""" + invited + " order by p.tenant_id")
                .setParameter("country", "[\"" + rfq.shipTo().country() + "\"]")
                .setParameter("buyer", rfq.buyerTenantId());
        if (rfq.inviteOnly()) {
            query.setParameter("invited", rfq.invited().isEmpty() ? Set.of("") : rfq.invited());
        }
        List<Object[]> market = query.getResultList();
        List<String> stale = market.stream().filter(row -> {
            Cached cached = profiles.get((String) row[0]);
            return cached == null || !cached.id().equals(row[1]) || cached.version() != ((Number) row[2]).intValue();
        }).map(row -> (String) row[0]).toList();
        if (!stale.isEmpty()) {
            read(stale);
        }
        Map<String, Integer> openOffers = counts("""
                select tenant_id, count(*) from offer where status in ('NEW', 'VIEWED') group by tenant_id""");
        Map<String, Integer> openJobs = counts("""
                select supplier_tenant, count(*) from purchase_order
                where status in ('AWARDED', 'ACKNOWLEDGED', 'IN_PRODUCTION') group by supplier_tenant""");
        List<Supplier> suppliers = new ArrayList<>(market.size());
        for (Object[] row : market) {
            Supplier profile = profiles.get((String) row[0]).profile();
            suppliers.add(profile.withLoad(names.of(profile.tenantId()).orElse(profile.tenantId()),
                    openOffers.getOrDefault(profile.tenantId(), 0), openJobs.getOrDefault(profile.tenantId(), 0)));
        }
        return suppliers;
    }

    /** Open offers or jobs per shop: only the shops that have any, read by their partial indexes. */
    @SuppressWarnings("unchecked")
    private Map<String, Integer> counts(String sql) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery(sql).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private void read(List<String> tenants) {
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select tenant_id, id, version, takes_marketplace_work, processes::text, materials::text,
                       certifications::text, max_length_mm, max_width_mm, max_height_mm, min_quantity,
                       max_quantity, ships_to::text, blackouts::text, max_open_offers, max_open_jobs,
                       typical_lead_days
                from capability_profile where tenant_id in (:tenants)""").setParameter("tenants", tenants)
                .getResultList()) {
            profiles.put((String) row[0], new Cached((UUID) row[1], ((Number) row[2]).intValue(), profile(row)));
        }
    }

    private Supplier profile(Object[] row) {
        String tenant = (String) row[0];
        Map<Certification, LocalDate> held = new EnumMap<>(Certification.class);
        for (JsonNode certification : read((String) row[6], new TypeReference<List<JsonNode>>() { })) {
            held.put(Certification.valueOf(certification.path("certification").asText()),
                    date(certification.path("expiresOn")));
        }
        List<DateRange> blackouts = new ArrayList<>();
        for (JsonNode blackout : read((String) row[13], new TypeReference<List<JsonNode>>() { })) {
            blackouts.add(new DateRange(date(blackout.path("first")), date(blackout.path("last"))));
        }
        return new Supplier(tenant, tenant, (Boolean) row[3],
                Set.copyOf(read((String) row[4], new TypeReference<List<Process>>() { })),
                Set.copyOf(read((String) row[5], new TypeReference<List<String>>() { })), held,
                new Envelope(((BigDecimal) row[7]).doubleValue(), ((BigDecimal) row[8]).doubleValue(),
                        ((BigDecimal) row[9]).doubleValue()), ((Number) row[10]).intValue(),
                ((Number) row[11]).intValue(), Set.copyOf(read((String) row[12], new TypeReference<List<String>>() { })),
                blackouts, ((Number) row[14]).intValue(), 0, ((Number) row[15]).intValue(), 0, Standing.GOOD,
                Supplier.NEUTRAL_SCORE, 0, ((Number) row[16]).intValue());
    }

    /** A date as Hibernate's JSON mapping stores it: "2027-01-31", or [2027, 1, 31]. */
    static LocalDate date(JsonNode value) {
        return value.isArray() ? LocalDate.of(value.get(0).asInt(), value.get(1).asInt(), value.get(2).asInt())
                : LocalDate.parse(value.asText());
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
