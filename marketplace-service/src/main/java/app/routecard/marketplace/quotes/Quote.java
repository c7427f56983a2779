package app.routecard.marketplace.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A supplier's answer to an offer, in the supplier's tenant: a quote or a counter-offer. */
@Entity
@Table(name = "quote")
public class Quote extends QuoteColumns {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "offer_id", nullable = false)
    public UUID offerId;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "rfq_number", nullable = false)
    public String rfqNumber;

    @Column(name = "buyer_tenant", nullable = false)
    public String buyerTenant;
}
