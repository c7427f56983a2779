package app.routecard.marketplace.orders;

import app.routecard.marketplace.clock.MarketClock;
import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.service.rules.Refusal;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The buyer's orders: listed, read with what the shop did and what was received, and each receipt recorded. */
@RequestScoped
public class OrderService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final MarketClock clock;
    private final SecurityIdentity identity;
    private final EntityManager entities;

    public OrderService(Outbox outbox, CurrentTenant tenant, MarketClock clock, SecurityIdentity identity,
                        EntityManager entities) {
        this.entities = entities;
        this.outbox = outbox;
        this.tenant = tenant;
        this.clock = clock;
        this.identity = identity;
    }

    /** What {@code marketplace.receipt.recorded} says: the quality signal of the shop's scorecard. */
    public record ReceiptRecorded(UUID receiptId, UUID orderId, String orderNumber, String supplierTenantId,
                                  UUID rfqId, String partNumber, int received, int accepted, int rejected,
                                  String reason, OffsetDateTime recordedAt, String by) {
    }

    /**
     * What {@code marketplace.return.recorded} says, in the shop's tenant: job-service opens an NCR on the order's job
     * and the shop's quality score counts a failure.
     */
    public record ReturnRecorded(UUID returnId, UUID orderId, String orderNumber, String buyerTenantId,
                                 String supplierTenantId, String partNumber, int quantity, String reason,
                                 OffsetDateTime recordedAt, String by) {
    }

    @Transactional
    public List<OrderDtos.OrderView> list(UUID rfqId) {
        List<PurchaseOrder> orders = rfqId == null ? PurchaseOrder.list("order by awardedAt desc")
                : PurchaseOrder.list("rfqId = ?1 order by number", rfqId);
        return orders.stream().map(order -> OrderDtos.OrderView.of(order, List.of(), List.of(), List.of())).toList();
    }

    @Transactional
    public OrderDtos.OrderView get(UUID id) {
        PurchaseOrder order = PurchaseOrder.<PurchaseOrder>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No order " + id));
        List<OrderDtos.UpdateView> updates = OrderUpdate.<OrderUpdate>list("orderId = ?1 order by at desc", id)
                .stream().map(u -> new OrderDtos.UpdateView(u.kind, u.summary, u.at)).toList();
        List<OrderDtos.ReceiptView> receipts = Receipt.<Receipt>list("orderId = ?1 order by recordedAt", id)
                .stream().map(r -> new OrderDtos.ReceiptView(r.id, r.received, r.accepted, r.rejected, r.reason,
                        r.recordedBy, r.recordedAt)).toList();
        List<OrderDtos.ReturnView> returns = OrderReturn.<OrderReturn>list("orderId = ?1 order by recordedAt", id)
                .stream().map(r -> new OrderDtos.ReturnView(r.id, r.quantity, r.reason, r.recordedBy, r.recordedAt))
                .toList();
        return OrderDtos.OrderView.of(order, updates, receipts, returns);
    }

    @Transactional
    public UUID receive(UUID orderId, OrderDtos.ReceiptRequest request) {
        PurchaseOrder order = PurchaseOrder.<PurchaseOrder>findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
        ReceiptPolicy.contentProblem(request.received(), request.accepted(), request.rejected(), request.reason())
                .ifPresent(problem -> {
                    throw new InvalidField(problem[0], problem[1]);
                });
        Refusal.throwIfPresent(ReceiptPolicy.checkReceive(order.status, order.shippedQuantity,
                order.receivedQuantity, request.received()));
        OffsetDateTime now = clock.now();
        Receipt receipt = new Receipt();
        receipt.id = UUID.randomUUID();
        receipt.orderId = orderId;
        receipt.received = request.received();
        receipt.accepted = request.accepted();
        receipt.rejected = request.rejected();
        receipt.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        receipt.recordedBy = identity.getPrincipal().getName();
        receipt.recordedAt = now;
        receipt.persist();
        order.receivedQuantity += receipt.received;
        order.acceptedQuantity += receipt.accepted;
        order.rejectedQuantity += receipt.rejected;
        if (order.receivedQuantity >= order.quantity) {
            order.status = OrderProgressPolicy.forward(order.status, "DELIVERED");
        }
        order.updatedAt = now;
        outbox.record(new IntegrationEvent("marketplace.receipt.recorded", receipt.id.toString(), tenant.id(),
                new ReceiptRecorded(receipt.id, orderId, order.number, order.supplierTenant, order.rfqId,
                        order.partNumber, receipt.received, receipt.accepted, receipt.rejected, receipt.reason, now,
                        receipt.recordedBy)));
        return receipt.id;
    }

    /**
     * The buyer sends back accepted parts found nonconforming, with the reason. The event is the shop's (job-service
     * opens the NCR in the shop's tenant), so the return is written in one all-tenants transaction with it, after
     * the order was found in the buyer's own tenant.
     */
    @Transactional(Transactional.TxType.NEVER)
    public UUID returnParts(UUID orderId, OrderDtos.ReturnRequest request) {
        String buyer = tenant.id();
        TenantTransactions.forTenant(buyer, () -> PurchaseOrder.<PurchaseOrder>findByIdOptional(orderId)
                .orElseThrow(() -> new NotFoundException("No order " + orderId)));
        String by = identity.getPrincipal().getName();
        return TenantTransactions.allTenants("a buyer's return is its order's and the shop's NCR", () -> {
            Object[] order = (Object[]) entities.createNativeQuery("""
                    select status, accepted_quantity, returned_quantity, supplier_tenant, number, part_number
                    from purchase_order where id = :id and tenant_id = :buyer for update""")
                    .setParameter("id", orderId).setParameter("buyer", buyer).getSingleResult();
            Refusal.throwIfPresent(ReceiptPolicy.checkReturn((String) order[0], ((Number) order[1]).intValue(),
                    ((Number) order[2]).intValue(), request.quantity()));
            OffsetDateTime now = clock.now();
            UUID id = UUID.randomUUID();
            String reason = request.reason().strip();
            entities.createNativeQuery("""
                    insert into order_return (id, tenant_id, order_id, quantity, reason, recorded_by, recorded_at)
                    values (:id, :buyer, :order, :quantity, :reason, :by, :now)""").setParameter("id", id)
                    .setParameter("buyer", buyer).setParameter("order", orderId)
                    .setParameter("quantity", request.quantity()).setParameter("reason", reason)
                    .setParameter("by", by).setParameter("now", now).executeUpdate();
            entities.createNativeQuery("""
                    update purchase_order set returned_quantity = returned_quantity + :quantity, updated_at = :now
                    where id = :id and tenant_id = :buyer""").setParameter("quantity", request.quantity())
                    .setParameter("now", now).setParameter("id", orderId).setParameter("buyer", buyer)
                    .executeUpdate();
            String supplier = (String) order[3];
            outbox.record(new IntegrationEvent("marketplace.return.recorded", id.toString(), supplier,
                    new ReturnRecorded(id, orderId, (String) order[4], buyer, supplier, (String) order[5],
                            request.quantity(), reason, now, by)));
            return id;
        });
    }
}
