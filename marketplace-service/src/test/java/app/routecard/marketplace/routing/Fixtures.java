package app.routecard.marketplace.routing;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.scoring.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Suppliers and RFQs for the routing tests, built up from a plain eligible pair. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate SHIP_BY = TODAY.plusDays(30);

    private Fixtures() {
    }

    static SupplierBuilder supplier(String tenantId) {
        return new SupplierBuilder(tenantId);
    }

    static RfqBuilder rfq() {
        return new RfqBuilder();
    }

    static final class SupplierBuilder {
        String tenantId;
        boolean takesWork = true;
        Set<Process> processes = new HashSet<>(Set.of(Process.CNC_MILLING_3_AXIS, Process.CNC_TURNING));
        Set<String> materials = new HashSet<>(Set.of("aluminium 6061", "steel 1.4301"));
        Map<Certification, LocalDate> certifications = new HashMap<>(Map.of(Certification.ISO_9001,
                SHIP_BY.plusYears(1)));
        Envelope envelope = new Envelope(500, 400, 300);
        int minQuantity = 1;
        int maxQuantity = 1000;
        Set<String> shipsTo = new HashSet<>(Set.of("DE", "AT"));
        List<DateRange> blackouts = new ArrayList<>();
        int maxOpenOffers = 10;
        int openOffers = 0;
        int maxOpenJobs = 5;
        int openJobs = 0;
        Standing standing = Standing.GOOD;
        double score = Supplier.NEUTRAL_SCORE;
        int completedJobs = 10;
        int leadDays = 14;

        SupplierBuilder(String tenantId) {
            this.tenantId = tenantId;
        }

        Supplier build() {
            return new Supplier(tenantId, "Supplier " + tenantId, takesWork, processes, materials, certifications,
                    envelope, minQuantity, maxQuantity, shipsTo, blackouts, maxOpenOffers, openOffers, maxOpenJobs,
                    openJobs, standing, score, completedJobs, leadDays);
        }
    }

    static final class RfqBuilder {
        List<RfqDemand.Line> lines = new ArrayList<>(List.of(new RfqDemand.Line(Process.CNC_MILLING_3_AXIS,
                "Aluminium  6061", 50, new Envelope(120, 80, 30))));
        Set<Certification> certifications = new HashSet<>(Set.of(Certification.ISO_9001));
        LocalDate shipBy = SHIP_BY;
        Region shipTo = Region.of("DE-BY");
        boolean inviteOnly;
        Set<String> invited = new HashSet<>();
        Set<String> blocked = new HashSet<>();
        Set<String> offered = new HashSet<>();

        RfqDemand build() {
            return new RfqDemand(UUID.nameUUIDFromBytes("rfq".getBytes()), "northwind", lines, certifications,
                    shipBy, shipTo, inviteOnly, invited, blocked, offered);
        }
    }
}
