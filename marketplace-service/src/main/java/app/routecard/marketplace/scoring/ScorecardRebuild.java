package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.inbox.InboxEvent;
import app.routecard.platform.inbox.TopicReplay;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Rebuilds every scorecard from the beginning of the scoring consumer's topics into a fresh read model held in
 * memory, and compares it with the live one: each supplier's card computed from the replayed observations as of
 * the live card's {@code asOf}, with the settings in force, must equal the stored card to the last digit, and the
 * live standing must be where the rebuilt score leaves it. A supplier whose live card moved while the rebuild ran
 * is listed apart, not compared. Which jobs are marketplace orders (and their promised dates) is read from the
 * awards, marketplace-service's own record; every other fact comes from the events.
 */
@ApplicationScoped
public class ScorecardRebuild {

    private static final Logger LOG = Logger.getLogger(ScorecardRebuild.class);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final ScoringFollower follower;
    private final TopicReplay replay;
    private final ScoringSettingsSource settings;
    private final EntityManager entities;
    private final ObjectMapper json;
    private final MarketClock clock;

    public ScorecardRebuild(ScoringFollower follower, TopicReplay replay, ScoringSettingsSource settings,
                            EntityManager entities, ObjectMapper json, MarketClock clock) {
        this.follower = follower;
        this.replay = replay;
        this.settings = settings;
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /** A field whose live value is not the rebuilt one ({@code none} where one side has no scorecard). */
    public record Difference(String supplierTenantId, String field, String live, String rebuilt) {
    }

    /**
     * What a rebuild found: the records read, the events that judge a supplier, the observations rebuilt (and
     * stored live), the suppliers compared and how many were equal, those that moved during the rebuild, every
     * difference, whether the live consumer had caught up with the end of the replay, and the time taken.
     */
    public record Report(OffsetDateTime startedAt, long records, long scoringEvents, int observations,
                         int liveObservations, int suppliers, int equal, List<String> movedDuringRebuild,
                         List<Difference> differences, boolean liveCaughtUp, long replayMillis, long totalMillis) {
        public boolean identical() {
            return differences.isEmpty() && liveCaughtUp;
        }
    }

    private record Live(long revision, String card, Standing standing, boolean suspended) {
    }

    public Report rebuild() {
        long started = System.nanoTime();
        OffsetDateTime startedAt = clock.now();
        // The live side is read before the topics' ends are taken, so an event it had applied is in the replay.
        Map<String, Live> live = liveScorecards();
        int liveObservations = count("select count(*) from score_observation");
        Map<UUID, ScoringFollower.AwardTerms> awards = new HashMap<>();
        Map<UUID, String> awardShops = new HashMap<>();
        loadAwards(awards, awardShops);
        ScoringFollower.Awards lookup = (shop, job) -> shop.equals(awardShops.get(job))
                ? Optional.of(awards.get(job)) : Optional.empty();

        ObservationPolicy policy = new ObservationPolicy(settings.current());
        Map<String, Observation> rebuilt = new HashMap<>();
        long[] scoring = {0};
        TopicReplay.Replayed replayed = replay.replay(follower.topics(), event -> {
            if (follower.handles(event.type())) {
                scoring[0]++;
                follower.observation(event, lookup, policy).ifPresent(observation -> rebuilt.merge(key(observation),
                        observation, (kept, later) -> later.at().isBefore(kept.at()) ? later : kept));
            }
        });
        boolean caughtUp = replay.awaitCommitted(ScoringFollower.NAME, replayed.readTo(), CATCH_UP);
        Map<String, Live> after = liveScorecards();

        Map<String, List<Observation>> bySupplier = new TreeMap<>();
        rebuilt.values().forEach(o -> bySupplier.computeIfAbsent(o.supplierTenantId(), s -> new ArrayList<>()).add(o));
        TreeSet<String> suppliers = new TreeSet<>(live.keySet());
        suppliers.addAll(bySupplier.keySet());
        List<Difference> differences = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        int equal = 0;
        ScoringSettings in = settings.current();
        for (String supplier : suppliers) {
            Live card = live.get(supplier);
            Live now = after.get(supplier);
            if (card == null && now != null || card != null && (now == null || now.revision() != card.revision())) {
                moved.add(supplier);
                continue;
            }
            if (card == null) {
                differences.add(new Difference(supplier, "scorecard", "none",
                        bySupplier.get(supplier).size() + " observations"));
                continue;
            }
            List<Difference> found = compare(supplier, card, bySupplier.getOrDefault(supplier, List.of()), in);
            differences.addAll(found);
            equal += found.isEmpty() ? 1 : 0;
        }
        Report report = new Report(startedAt, replayed.records(), scoring[0], rebuilt.size(), liveObservations,
                suppliers.size() - moved.size(), equal, moved, differences, caughtUp, replayed.took().toMillis(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        LOG.infof("scorecard rebuild: %d records, %d scoring events, %d observations (live %d), %d of %d suppliers"
                        + " equal, %d moved, %d differences, live caught up: %s, replay %d ms, total %d ms",
                report.records(), report.scoringEvents(), report.observations(), report.liveObservations(),
                report.equal(), report.suppliers(), moved.size(), differences.size(), caughtUp,
                report.replayMillis(), report.totalMillis());
        return report;
    }

    /** The rebuilt card as of the live card's instant, field by field against the live one, and the standing. */
    private List<Difference> compare(String supplier, Live live, List<Observation> observations, ScoringSettings in) {
        JsonNode liveCard = tree(live.card());
        Instant asOf = Instant.parse(liveCard.path("asOf").asText());
        ScorePolicy.Scorecard card = new ScorePolicy(in).scorecard(supplier, observations, asOf);
        Map<String, String> expected = flatten(liveCard);
        Map<String, String> actual = flatten(json.valueToTree(card));
        List<Difference> differences = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(expected.keySet());
        fields.addAll(actual.keySet());
        for (String field : fields) {
            String was = expected.getOrDefault(field, "none");
            String is = actual.getOrDefault(field, "none");
            if (!was.equals(is)) {
                differences.add(new Difference(supplier, field, was, is));
            }
        }
        Standing standing = new StandingPolicy(in).next(live.standing(), card.points(), card.onTimeCount(),
                live.suspended());
        if (standing != live.standing()) {
            differences.add(new Difference(supplier, "standing", live.standing().name(), standing.name()));
        }
        return differences;
    }

    private static String key(Observation observation) {
        return observation.supplierTenantId() + '\n' + observation.dimension() + '\n' + observation.subject();
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isContainerNode()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    flatten(path + "[" + i + "]", node.get(i), fields);
                }
            } else {
                node.fields().forEachRemaining(field -> flatten(path.isEmpty() ? field.getKey()
                        : path + "." + field.getKey(), field.getValue(), fields));
            }
        } else {
            fields.put(path, node.asText());
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scorecard is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Live> liveScorecards() {
        return TenantTransactions.allTenants("the operator compares every live scorecard with its rebuild", () -> {
            Map<String, Live> cards = new HashMap<>();
            for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                    select tenant_id, revision, card::text, standing, suspended from supplier_scorecard""")
                    .getResultList()) {
                cards.put((String) row[0], new Live(((Number) row[1]).longValue(), (String) row[2],
                        Standing.valueOf((String) row[3]), (Boolean) row[4]));
            }
            return cards;
        });
    }

    @SuppressWarnings("unchecked")
    private void loadAwards(Map<UUID, ScoringFollower.AwardTerms> awards, Map<UUID, String> shops) {
        TenantTransactions.allTenants("the rebuild learns which jobs every shop runs for a marketplace award", () -> {
            for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                    select job_id, tenant_id, buyer_tenant, promised_ship_date from award where job_id is not null""")
                    .getResultList()) {
                UUID job = UUID.fromString(row[0].toString());
                shops.put(job, (String) row[1]);
                awards.put(job, new ScoringFollower.AwardTerms((String) row[2], NativeValues.localDate(row[3])));
            }
            return null;
        });
    }

    private int count(String sql) {
        return TenantTransactions.allTenants("the operator compares every live scorecard with its rebuild",
                () -> ((Number) entities.createNativeQuery(sql).getSingleResult()).intValue());
    }
}
