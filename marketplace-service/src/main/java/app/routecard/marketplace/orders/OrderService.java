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

    public OrderService(Outbox outbox, CurrentTenant tenant, MarketClock clock, SecurityIdentity identity) {
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

    @Transactional
    public List<OrderDtos.OrderView> list(UUID rfqId) {
        List<PurchaseOrder> orders = rfqId == null ? PurchaseOrder.list("order by awardedAt desc")
                : PurchaseOrder.list("rfqId = ?1 order by number", rfqId);
        return orders.stream().map(order -> OrderDtos.OrderView.of(order, List.of(), List.of())).toList();
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
        return OrderDtos.OrderView.of(order, updates, receipts);
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
}
