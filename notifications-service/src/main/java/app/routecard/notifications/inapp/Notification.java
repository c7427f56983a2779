package app.routecard.notifications.inapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A notification to the holders of a role in a tenant, with the portal page it is about. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "recipient_role", nullable = false)
    public String recipientRole;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String title;

    public String body;

    @Column(nullable = false)
    public String link;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** One more recipient by user name (a job's owner), beside the role's holders. */
    @Column(name = "also_person")
    public String alsoPerson;
}
