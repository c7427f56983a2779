package app.routecard.marketplace.scoring;

import app.routecard.platform.service.persistence.NativeValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suppliers' {@link DecayedSums} per dimension, in {@code score_sums}: changes added to them in one statement,
 * read in one, replaced in one. Exact: the sums travel as decimal text and are kept as {@code numeric}. Runs in the
 * caller's all-tenants transaction.
 */
@ApplicationScoped
class ScoreSumsStore {

    private final EntityManager entities;
    private final ObjectMapper json;

    ScoreSumsStore(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /**
     * Adds each change to the stored sums of the same half-life (a stored sum of another half-life is left alone:
     * its supplier is counted again from its observations).
     */
    void add(Map<String, Map<Dimension, DecayedSums>> changes) {
        write(changes, """
                on conflict (tenant_id, dimension) do update
                    set observations = score_sums.observations + excluded.observations,
                        successes = score_sums.successes + excluded.successes,
                        weights = score_sums.weights + excluded.weights,
                        latest = greatest(score_sums.latest, excluded.latest)
                    where score_sums.half_life_days = excluded.half_life_days""");
    }

    /** Puts these sums in place of the stored ones (a supplier counted again from its observations). */
    void replace(Map<String, Map<Dimension, DecayedSums>> sums) {
        write(sums, """
                on conflict (tenant_id, dimension) do update
                    set half_life_days = excluded.half_life_days, observations = excluded.observations,
                        successes = excluded.successes, weights = excluded.weights, latest = excluded.latest""");
    }

    /** The stored sums of these suppliers, by supplier and dimension (absent where none are stored). */
    @SuppressWarnings("unchecked")
    Map<String, Map<Dimension, DecayedSums>> read(List<String> suppliers) {
        Map<String, Map<Dimension, DecayedSums>> sums = new HashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("""
                select tenant_id, dimension, half_life_days, observations, successes, weights, latest
                from score_sums where tenant_id in (:suppliers)""").setParameter("suppliers", suppliers)
                .getResultList()) {
            OffsetDateTime latest = NativeValues.offsetDateTime(row[6]);
            sums.computeIfAbsent((String) row[0], supplier -> new EnumMap<>(Dimension.class))
                    .put(Dimension.valueOf((String) row[1]), new DecayedSums(((Number) row[2]).doubleValue(),
                            ((Number) row[3]).intValue(), (BigDecimal) row[4], (BigDecimal) row[5],
                            latest == null ? null : latest.toInstant()));
        }
        return sums;
    }

    private void write(Map<String, Map<Dimension, DecayedSums>> sums, String onConflict) {
        ArrayNode rows = json.createArrayNode();
        sums.forEach((supplier, dimensions) -> dimensions.forEach((dimension, sum) -> rows.addObject()
                .put("tenant_id", supplier).put("dimension", dimension.name())
                .put("half_life_days", sum.halfLifeDays()).put("observations", sum.count())
                .put("successes", sum.successes().toPlainString()).put("weights", sum.weights().toPlainString())
                .put("latest", sum.latest() == null ? null : sum.latest().atOffset(ZoneOffset.UTC).toString())));
        if (rows.isEmpty()) {
            return;
        }
        entities.createNativeQuery("""
                insert into score_sums (tenant_id, dimension, half_life_days, observations, successes, weights,
                                        latest)
                select s.tenant_id, s.dimension, s.half_life_days, s.observations, s.successes, s.weights, s.latest
                from jsonb_to_recordset(cast(:rows as jsonb)) as s(tenant_id text, dimension text,
                    half_life_days double precision, observations int, successes numeric, weights numeric,
                    latest timestamptz)
                """ + onConflict).setParameter("rows", rows.toString()).executeUpdate();
    }
}
