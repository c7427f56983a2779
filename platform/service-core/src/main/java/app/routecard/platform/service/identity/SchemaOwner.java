package app.routecard.platform.service.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The one row every service database holds to say which service owns it (written by the service's first
 * migration). A service refuses to start against another service's database.
 */
@Entity
@Table(name = "schema_owner")
public class SchemaOwner extends PanacheEntityBase {

    @Id
    @Column(name = "service", nullable = false)
    public String service;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
