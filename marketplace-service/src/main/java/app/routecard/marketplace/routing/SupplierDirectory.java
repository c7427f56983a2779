package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.scoring.ScorePolicy;
import app.routecard.marketplace.scoring.ScoringSettings;
import app.routecard.marketplace.scoring.Standing;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shops' capability profiles with their open offers and jobs, as routing reads them: across tenants, so only
 * inside the wave runner's all-tenants scope, each with its live standing and score lower bound from its scorecard.
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

    /**
     * A profile as last read, with the version it was read at: re-read only when the row's version moves. Entries
     * are never removed (a deleted profile's stays until restart), so a reader of an older revision always finds
     * the profiles its rows name.
     */
    private record Cached(UUID id, int version, Supplier profile) {
    }

    /** Every profile of the network in tenant order, as of a revision of capability_network_revision (V7). */
    private record Network(long revision, List<Supplier> profiles) {
    }

    /** A supplier's scorecard as routing uses it, with the revision it was written at. */
    private record Live(long revision, Standing standing, double lowerBound, int deliveredJobs) {
    }

    private final Map<String, Cached> profiles = new ConcurrentHashMap<>();
    private final Map<String, Live> scores = new ConcurrentHashMap<>();
    private final AtomicLong scoresSeen = new AtomicLong(-1);
    private final AtomicReference<Network> network = new AtomicReference<>(new Network(-1, List.of()));

    /**
     * The shops routing judges for an RFQ: its market, every shop that takes marketplace work and ships to the
     * RFQ's country (or anywhere), other than the buyer; for an invite-only RFQ, the invited among them. A shop
     * outside the market is not a candidate, so the decision, the buyer and "why not me" never list it. Each with
     * its open offers and its open marketplace jobs (orders not yet shipped), counted now.
     *
     * <p>Profiles change rarely and RFQs are routed often, so each replica keeps the network's parsed profiles and
     * asks the database only for its revision, which every profile change moves (V7); when it has moved, the ids
     * and versions are read again and only the changed profiles parsed. A wave then costs two small queries, not a
     * scan of every profile (bench/routing.sh).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Supplier> market(RfqDemand rfq, ScoringSettings settings) {
        Object[] revisions = (Object[]) entities.createNativeQuery("""
                select (select revision from capability_network_revision where id = 1),
                       (select revision from scorecard_revision where id = 1)""").getSingleResult();
        Network current = current(((Number) revisions[0]).longValue());
        scoresUpTo(((Number) revisions[1]).longValue());
        double neutral = new ScorePolicy(settings).scorecard("", List.of(), Instant.EPOCH).compositeLowerBound();
        String country = rfq.shipTo().country();
        List<Supplier> market = new ArrayList<>();
        for (Supplier profile : current.profiles()) {
            if (profile.takesMarketplaceWork() && !profile.tenantId().equals(rfq.buyerTenantId())
                    && (profile.shipsTo().isEmpty() || profile.shipsTo().contains(country))
                    && (!rfq.inviteOnly() || rfq.invited().contains(profile.tenantId()))) {
                market.add(profile);
            }
        }
        Map<String, int[]> load = load();
        List<Supplier> suppliers = new ArrayList<>(market.size());
        for (Supplier profile : market) {
            int[] open = load.getOrDefault(profile.tenantId(), NO_LOAD);
            Live score = scores.get(profile.tenantId());
            Supplier loaded = profile.withLoad(names.of(profile.tenantId()).orElse(profile.tenantId()), open[0],
                    open[1]);
            // Without a scorecard a supplier is new, at the score the priors give everyone.
            suppliers.add(score == null ? loaded.withScore(Standing.NEW, neutral, 0)
                    : loaded.withScore(score.standing(), score.lowerBound(), score.deliveredJobs()));
        }
        return suppliers;
    }

    private static final int[] NO_LOAD = {0, 0};

    /**
     * Brings this replica's live scores up to the scorecard revision just read: only the scorecards written since
     * the last look. Writers commit in revision order (V10), so none written up to it can be missed.
     */
    @SuppressWarnings("unchecked")
    private void scoresUpTo(long revision) {
        long seen = scoresSeen.get();
        if (revision <= seen) {
            return;
        }
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select tenant_id, standing, composite_lower, delivered_jobs, revision from supplier_scorecard
                where revision > :seen""").setParameter("seen", seen).getResultList()) {
            Live fresh = new Live(((Number) row[4]).longValue(), Standing.valueOf((String) row[1]),
                    ((Number) row[2]).doubleValue(), ((Number) row[3]).intValue());
            scores.merge((String) row[0], fresh, (mine, theirs) -> theirs.revision() > mine.revision() ? theirs : mine);
        }
        scoresSeen.accumulateAndGet(revision, Math::max);
    }

    /** The network as of the database's revision now: this replica's copy, brought up to date when it moved. */
    @SuppressWarnings("unchecked")
    private Network current(long revision) {
        Network known = network.get();
        if (known.revision() == revision) {
            return known;
        }
        List<Object[]> rows = entities.createNativeQuery(
                "select tenant_id, id, version from capability_profile order by tenant_id").getResultList();
        List<String> stale = rows.stream().filter(row -> {
            Cached cached = profiles.get((String) row[0]);
            return cached == null || !cached.id().equals(row[1]) || cached.version() != ((Number) row[2]).intValue();
        }).map(row -> (String) row[0]).toList();
        for (int from = 0; from < stale.size(); from += 1000) {
            read(stale.subList(from, Math.min(stale.size(), from + 1000)));
        }
        List<Supplier> all = new ArrayList<>(rows.size());
        rows.forEach(row -> all.add(profiles.get((String) row[0]).profile()));
        Network fresh = new Network(revision, List.copyOf(all));
        // A slower reader of an older revision must not replace a newer copy.
        network.accumulateAndGet(fresh, (mine, theirs) -> theirs.revision() > mine.revision() ? theirs : mine);
        return fresh;
    }

    /** Open offers and open marketplace jobs per shop, of the shops that have any, read by partial indexes. */
    @SuppressWarnings("unchecked")
    private Map<String, int[]> load() {
        Map<String, int[]> load = new HashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select tenant_id, 0, count(*) from offer where status in ('NEW', 'VIEWED') group by tenant_id
                union all
                select supplier_tenant, 1, count(*) from purchase_order
                where status in ('AWARDED', 'ACKNOWLEDGED', 'IN_PRODUCTION') group by supplier_tenant""")
                .getResultList()) {
            load.computeIfAbsent((String) row[0], shop -> new int[2])[((Number) row[1]).intValue()] =
                    ((Number) row[2]).intValue();
        }
        return load;
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
