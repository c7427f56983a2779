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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every shop's capability profile with its open offers, as routing reads them: across tenants, so only inside
 * the wave runner's all-tenants scope. Standing and score stay neutral until the scoring issue feeds them.
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

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Supplier> all() {
        List<Object[]> rows = entities.createNativeQuery("""
                select p.tenant_id, p.takes_marketplace_work, p.processes::text, p.materials::text,
                       p.certifications::text, p.max_length_mm, p.max_width_mm, p.max_height_mm, p.min_quantity,
                       p.max_quantity, p.ships_to::text, p.blackouts::text, p.max_open_offers, p.max_open_jobs,
                       p.typical_lead_days,
                       (select count(*) from offer o where o.tenant_id = p.tenant_id and o.status in ('NEW', 'VIEWED'))
                from capability_profile p order by p.tenant_id""").getResultList();
        List<Supplier> suppliers = new ArrayList<>();
        for (Object[] row : rows) {
            String tenant = (String) row[0];
            Map<Certification, LocalDate> held = new EnumMap<>(Certification.class);
            for (JsonNode certification : read((String) row[4], new TypeReference<List<JsonNode>>() { })) {
                held.put(Certification.valueOf(certification.path("certification").asText()),
                        date(certification.path("expiresOn")));
            }
            List<DateRange> blackouts = new ArrayList<>();
            for (JsonNode blackout : read((String) row[11], new TypeReference<List<JsonNode>>() { })) {
                blackouts.add(new DateRange(date(blackout.path("first")), date(blackout.path("last"))));
            }
            suppliers.add(new Supplier(tenant, names.of(tenant).orElse(tenant), (Boolean) row[1],
                    Set.copyOf(read((String) row[2], new TypeReference<List<Process>>() { })),
                    Set.copyOf(read((String) row[3], new TypeReference<List<String>>() { })), held,
                    new Envelope(((BigDecimal) row[5]).doubleValue(), ((BigDecimal) row[6]).doubleValue(),
                            ((BigDecimal) row[7]).doubleValue()), ((Number) row[8]).intValue(),
                    ((Number) row[9]).intValue(), Set.copyOf(read((String) row[10],
                    new TypeReference<List<String>>() { })), blackouts, ((Number) row[12]).intValue(),
                    ((Number) row[15]).intValue(), ((Number) row[13]).intValue(), 0, Standing.GOOD,
                    Supplier.NEUTRAL_SCORE, 0, ((Number) row[14]).intValue()));
        }
        return suppliers;
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
