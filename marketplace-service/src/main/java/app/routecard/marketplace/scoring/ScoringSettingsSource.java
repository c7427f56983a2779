package app.routecard.marketplace.scoring;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.service.persistence.NativeValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The scoring settings in force: the operator's, stored for the whole network (V9), or issue 12's defaults until
 * the operator saves any. Every change is kept with who made it and the settings before and after.
 */
@ApplicationScoped
public class ScoringSettingsSource {

    private final EntityManager entities;
    private final ObjectMapper json;
    private final MarketClock clock;

    public ScoringSettingsSource(EntityManager entities, ObjectMapper json, MarketClock clock) {
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /** The settings as stored, with their version and who saved them (version 0: the defaults, never saved). */
    public record Stored(SettingsBody settings, int version, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** One change, as the audit shows it. */
    public record Change(UUID id, OffsetDateTime changedAt, String changedBy, SettingsBody before,
                         SettingsBody after) {
    }

    @Transactional
    public ScoringSettings current() {
        return stored().settings().settings();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Stored stored() {
        List<Object[]> rows = entities.createNativeQuery("""
                select settings::text, version, updated_by, updated_at from scoring_settings where id = 1""")
                .getResultList();
        if (rows.isEmpty()) {
            return new Stored(SettingsBody.of(ScoringSettings.DEFAULT), 0, null, null);
        }
        Object[] row = rows.get(0);
        return new Stored(read((String) row[0]), ((Number) row[1]).intValue(), (String) row[2],
                NativeValues.offsetDateTime(row[3]));
    }

    /** Saves new settings (refused, naming the field, unless every value is usable) and records the change. */
    @Transactional
    public Stored change(SettingsBody body, String by) {
        ScoringSettings settings = body.settings();
        Stored before = stored();
        SettingsBody after = SettingsBody.of(settings);
        OffsetDateTime now = clock.now();
        entities.createNativeQuery("""
                insert into scoring_settings (id, settings, version, updated_by, updated_at)
                values (1, cast(:settings as jsonb), 1, :by, :now)
                on conflict (id) do update set settings = excluded.settings,
                    version = scoring_settings.version + 1, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .setParameter("settings", write(after)).setParameter("by", by).setParameter("now", now)
                .executeUpdate();
        entities.createNativeQuery("""
                insert into scoring_settings_change (id, changed_at, changed_by, before, after)
                values (:id, :now, :by, cast(:before as jsonb), cast(:after as jsonb))""")
                .setParameter("id", UUID.randomUUID()).setParameter("now", now).setParameter("by", by)
                .setParameter("before", write(before.settings())).setParameter("after", write(after))
                .executeUpdate();
        return stored();
    }

    /** The latest changes, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Change> changes(int limit) {
        return ((List<Object[]>) entities.createNativeQuery("""
                select id, changed_at, changed_by, before::text, after::text from scoring_settings_change
                order by changed_at desc limit :limit""").setParameter("limit", limit).getResultList()).stream()
                .map(row -> new Change((UUID) row[0],
                        NativeValues.offsetDateTime(row[1]),
                        (String) row[2], read((String) row[3]), read((String) row[4]))).toList();
    }

    private SettingsBody read(String text) {
        try {
            return json.readValue(text, SettingsBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scoring settings no longer read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
