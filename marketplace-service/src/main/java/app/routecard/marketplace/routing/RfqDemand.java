package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an RFQ asks of a supplier, as routing reads it: its lines, required certifications, target ship date and
 * destination, and whom the buyer invited, blocked or was already offered. Plain Java.
 *
 * @param invited         the invite list; routing offers only to it when {@code inviteOnly}
 * @param alreadyOffered  suppliers an earlier wave of this RFQ reached: never offered it again
 */
public record RfqDemand(UUID rfqId, String buyerTenantId, List<Line> lines, Set<Certification> certifications,
                        LocalDate targetShipDate, Region shipTo, boolean inviteOnly, Set<String> invited,
                        Set<String> blocked, Set<String> alreadyOffered) {

    /** One part of the RFQ: its process, material (normalized, as suppliers' are), largest quantity and size. */
    public record Line(Process process, String material, int quantity, Envelope envelope) {
        public Line {
            material = Materials.normalized(material);
        }
    }

    public RfqDemand {
        lines = List.copyOf(lines);
        // In the enum's order, so the first missing certification named is always the same one.
        certifications = certifications.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(certifications));
        invited = Set.copyOf(invited);
        blocked = Set.copyOf(blocked);
        alreadyOffered = Set.copyOf(alreadyOffered);
    }

    /** The same RFQ once more suppliers have been offered it (the next wave's view). */
    public RfqDemand offeredTo(Set<String> more) {
        Set<String> offered = new java.util.HashSet<>(alreadyOffered);
        offered.addAll(more);
        return new RfqDemand(rfqId, buyerTenantId, lines, certifications, targetShipDate, shipTo, inviteOnly,
                invited, blocked, offered);
    }
}
