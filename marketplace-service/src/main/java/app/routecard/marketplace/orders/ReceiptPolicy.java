package app.routecard.marketplace.orders;

import app.routecard.platform.service.rules.Refusal;
import java.util.Optional;

/**
 * What a receipt must say: accepted and rejected add up to what was received, a rejection has a reason, and the
 * buyer receives no more than the shop shipped; and a return: it sends back only parts that were accepted and not
 * returned already. Plain Java.
 */
public final class ReceiptPolicy {

    private ReceiptPolicy() {
    }

    /** The field a receipt is wrong in and why, or empty. */
    public static Optional<String[]> contentProblem(int received, int accepted, int rejected, String reason) {
        if (accepted + rejected != received) {
            return Optional.of(new String[]{"accepted", "accepted (" + accepted + ") and rejected (" + rejected
                    + ") add up to received (" + received + ")"});
        }
        if (rejected > 0 && (reason == null || reason.isBlank())) {
            return Optional.of(new String[]{"reason", "say why parts were rejected"});
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkReceive(String orderStatus, int shipped, int receivedBefore, int received) {
        if ("CANCELLED".equals(orderStatus)) {
            return Refusal.refuse("NoReceiptOnCancelledOrders", "The order is cancelled");
        }
        if (receivedBefore + received > shipped) {
            return Refusal.refuse("ReceiveOnlyWhatShipped", "The shop shipped " + shipped + " and " + receivedBefore
                    + " are received already");
        }
        return Optional.empty();
    }

    /** A return of {@code quantity} accepted parts, {@code returnedBefore} of them sent back already. */
    public static Optional<Refusal> checkReturn(String orderStatus, int accepted, int returnedBefore, int quantity) {
        if ("CANCELLED".equals(orderStatus)) {
            return Refusal.refuse("NoReturnOnCancelledOrders", "The order is cancelled");
        }
        if (returnedBefore + quantity > accepted) {
            return Refusal.refuse("ReturnOnlyWhatWasAccepted", accepted + " parts were accepted and " + returnedBefore
                    + " of them are returned already");
        }
        return Optional.empty();
    }
}
