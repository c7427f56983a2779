package app.routecard.tenant.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A tenant of the platform. Its id is its Keycloak organization's id, which every access token of its users
 * carries; row-level security lets a connection see only its own tenant's row unless it acts for all tenants.
 */
@Entity
@Table(name = "tenant")
public class RegisteredTenant extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantStatus status;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    @Column(name = "admin_email", nullable = false)
    public String adminEmail;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String locale;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "logo_file_id")
    public String logoFileId;

    /** #rrggbb in lower case, or null for Routecard's own colour. */
    @Column(name = "brand_colour")
    public String brandColour;

    @Column(name = "public_slug", unique = true)
    public String publicSlug;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static RegisteredTenant findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
