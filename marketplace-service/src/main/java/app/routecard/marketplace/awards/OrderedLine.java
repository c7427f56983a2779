package app.routecard.marketplace.awards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the buyer's order and the shop's award both hold: the awarded line, its price and promised ship date. */
@MappedSuperclass
public abstract class OrderedLine extends PanacheEntityBase {

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    public String revision;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public String currency;

    @Column(name = "promised_ship_date", nullable = false)
    public LocalDate promisedShipDate;
}
