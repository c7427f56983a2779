package app.routecard.marketplace.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The buyer's copy of a quote on one of its RFQs, in the buyer's tenant; its id is the supplier's quote's. */
@Entity
@Table(name = "received_quote")
public class ReceivedQuote extends QuoteColumns {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "rfq_id", nullable = false)
    public UUID rfqId;

    @Column(name = "supplier_tenant", nullable = false)
    public String supplierTenant;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;
}
