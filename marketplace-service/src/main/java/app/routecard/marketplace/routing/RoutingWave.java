package app.routecard.marketplace.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One wave of an RFQ's routing, in the buyer's tenant: due, then open with its stored decision, then closed. */
@Entity
@Table(name = "routing_wave")
public class RoutingWave extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long seed;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    /** The decision as {@link StoredDecision} writes it. */
    @Column(name = "decision")
    public String decision;

    /** The first wave of a posted RFQ, due now, with the seed its exploration draw will use. */
    public static RoutingWave first(UUID rfqId, OffsetDateTime now) {
        RoutingWave wave = new RoutingWave();
        wave.id = UUID.randomUUID();
        wave.rfqId = rfqId;
        wave.number = 1;
        wave.status = "DUE";
        wave.seed = new java.security.SecureRandom().nextLong();
        wave.dueAt = now;
        return wave;
    }
}
