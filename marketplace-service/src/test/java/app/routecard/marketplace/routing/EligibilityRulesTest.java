package app.routecard.marketplace.routing;

import static app.routecard.marketplace.routing.Fixtures.SHIP_BY;
import static app.routecard.marketplace.routing.Fixtures.rfq;
import static app.routecard.marketplace.routing.Fixtures.supplier;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.scoring.Standing;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each eligibility rule: the case it lets through and the case it excludes, with the reason a supplier reads. */
class EligibilityRulesTest {

    private static final EligibilityPolicy POLICY = EligibilityPolicy.standard();

    private static List<Exclusion> judge(Fixtures.SupplierBuilder supplier, Fixtures.RfqBuilder rfq) {
        return POLICY.exclusions(rfq.build(), supplier.build());
    }

    private static void onlyExcludedBy(Fixtures.SupplierBuilder supplier, Fixtures.RfqBuilder rfq, String rule,
                                       String reason) {
        assertThat(judge(supplier, rfq)).containsExactly(new Exclusion(rule, reason));
    }

    @Test
    void the_plain_pair_is_eligible() {
        assertThat(judge(supplier("acme"), rfq())).isEmpty();
    }

    @Test
    void takes_marketplace_work() {
        var supplier = supplier("acme");
        supplier.takesWork = false;
        onlyExcludedBy(supplier, rfq(), "TakesMarketplaceWork", "takes no marketplace work");
    }

    @Test
    void every_lines_process_is_offered_and_a_5_axis_shop_takes_3_axis_work() {
        var rfq = rfq();
        rfq.lines.add(new RfqDemand.Line(Process.SHEET_METAL, "aluminium 6061", 10, null));
        onlyExcludedBy(supplier("acme"), rfq, "ProcessOffered", "process not offered: sheet metal");
        var fiveAxis = supplier("cobalt");
        fiveAxis.processes = Set.of(Process.CNC_MILLING_5_AXIS);
        assertThat(judge(fiveAxis, rfq())).isEmpty();
    }

    @Test
    void every_material_is_offered_written_any_way() {
        var rfq = rfq();
        rfq.lines.add(new RfqDemand.Line(Process.CNC_TURNING, "Titanium Grade 5", 10, null));
        onlyExcludedBy(supplier("acme"), rfq, "MaterialOffered", "material not offered: titanium grade 5");
    }

    @Test
    void every_required_certification_is_held_and_valid_on_the_target_ship_date() {
        var rfq = rfq();
        rfq.certifications = Set.of(Certification.ISO_9001, Certification.AS9100);
        onlyExcludedBy(supplier("acme"), rfq, "CertificationsValid", "certification missing: AS9100");
        var expiring = supplier("acme");
        expiring.certifications.put(Certification.ISO_9001, SHIP_BY.minusDays(1));
        onlyExcludedBy(expiring, rfq(), "CertificationsValid",
                "certification expires before the target ship date: ISO 9001 (" + SHIP_BY.minusDays(1) + ")");
        var onTheDay = supplier("acme");
        onTheDay.certifications.put(Certification.ISO_9001, SHIP_BY);
        assertThat(judge(onTheDay, rfq())).isEmpty();
    }

    @Test
    void the_part_fits_the_envelope_turned_whichever_way() {
        var rfq = rfq();
        rfq.lines = List.of(new RfqDemand.Line(Process.CNC_MILLING_3_AXIS, "aluminium 6061", 5,
                new Envelope(290, 480, 390)));
        assertThat(judge(supplier("acme"), rfq)).as("turned, 290 × 390 × 480 fits 300 × 400 × 500").isEmpty();
        rfq.lines = List.of(new RfqDemand.Line(Process.CNC_MILLING_3_AXIS, "aluminium 6061", 5,
                new Envelope(600, 100, 100)));
        onlyExcludedBy(supplier("acme"), rfq, "EnvelopeFits",
                "part too large: 600 × 100 × 100 mm exceeds 500 × 400 × 300 mm");
    }

    @Test
    void the_quantity_is_in_the_suppliers_range() {
        var rfq = rfq();
        rfq.lines = List.of(new RfqDemand.Line(Process.CNC_MILLING_3_AXIS, "aluminium 6061", 5000, null));
        onlyExcludedBy(supplier("acme"), rfq, "QuantityInRange", "quantity out of range: 5000 (makes 1 to 1000)");
        rfq.lines = List.of(new RfqDemand.Line(Process.CNC_MILLING_3_AXIS, "aluminium 6061", 1000, null));
        assertThat(judge(supplier("acme"), rfq)).isEmpty();
    }

    @Test
    void the_supplier_ships_to_the_rfqs_country_or_anywhere() {
        var rfq = rfq();
        rfq.shipTo = Region.of("US-CA");
        onlyExcludedBy(supplier("acme"), rfq, "ShipsToRegion", "does not ship to US");
        var anywhere = supplier("acme");
        anywhere.shipsTo = Set.of();
        assertThat(judge(anywhere, rfq)).isEmpty();
    }

    @Test
    void the_supplier_is_open_on_the_target_ship_date() {
        var closed = supplier("acme");
        closed.blackouts.add(new DateRange(SHIP_BY.minusDays(2), SHIP_BY));
        onlyExcludedBy(closed, rfq(), "NotInBlackout", "closed on the target ship date (" + SHIP_BY.minusDays(2)
                + " to " + SHIP_BY + ")");
        var before = supplier("acme");
        before.blackouts.add(new DateRange(SHIP_BY.minusDays(9), SHIP_BY.minusDays(1)));
        assertThat(judge(before, rfq())).isEmpty();
    }

    @Test
    void open_offers_and_open_jobs_stay_below_the_suppliers_limits() {
        var offers = supplier("acme");
        offers.openOffers = 10;
        onlyExcludedBy(offers, rfq(), "CapacityLeft", "no capacity left: 10 of 10 open offers");
        var jobs = supplier("acme");
        jobs.openJobs = 5;
        onlyExcludedBy(jobs, rfq(), "CapacityLeft", "no capacity left: 5 of 5 open marketplace jobs");
        var room = supplier("acme");
        room.openOffers = 9;
        room.openJobs = 4;
        assertThat(judge(room, rfq())).isEmpty();
    }

    @Test
    void suspended_gets_nothing_and_probation_and_new_only_within_their_caps() {
        var suspended = supplier("acme");
        suspended.standing = Standing.SUSPENDED;
        onlyExcludedBy(suspended, rfq(), "StandingAllowsOffers", "standing suspended");
        var probation = supplier("acme");
        probation.standing = Standing.PROBATION;
        assertThat(judge(probation, rfq())).isEmpty();
        probation.openJobs = 1;
        onlyExcludedBy(probation, rfq(), "StandingAllowsOffers", "on probation, at its cap of 1 open marketplace jobs");
        var newcomer = supplier("acme");
        newcomer.standing = Standing.NEW;
        newcomer.openOffers = 5;
        newcomer.openJobs = 1;
        assertThat(judge(newcomer, rfq())).as("offers are not capped, jobs are").isEmpty();
        newcomer.openJobs = 2;
        onlyExcludedBy(newcomer, rfq(), "StandingAllowsOffers",
                "new on the network, at its cap of 2 open marketplace jobs");
        var watched = supplier("acme");
        watched.standing = Standing.WATCH;
        assertThat(judge(watched, rfq())).isEmpty();
    }

    @Test
    void the_buyers_block_list_is_obeyed() {
        var rfq = rfq();
        rfq.blocked = Set.of("acme");
        onlyExcludedBy(supplier("acme"), rfq, "NotBlockedByBuyer", "blocked by the buyer");
        assertThat(judge(supplier("cobalt"), rfq)).isEmpty();
    }

    @Test
    void no_supplier_is_offered_the_same_rfq_twice() {
        var rfq = rfq();
        rfq.offered = Set.of("acme");
        onlyExcludedBy(supplier("acme"), rfq, "NotOfferedBefore", "already offered this RFQ");
        assertThat(judge(supplier("cobalt"), rfq)).isEmpty();
    }

    @Test
    void an_invite_only_rfq_goes_to_its_invite_list_only() {
        var rfq = rfq();
        rfq.inviteOnly = true;
        rfq.invited = Set.of("cobalt");
        onlyExcludedBy(supplier("acme"), rfq, "InvitedWhenInviteOnly", "not on the invite list");
        assertThat(judge(supplier("cobalt"), rfq)).isEmpty();
    }

    @Test
    void an_excluded_supplier_learns_every_reason_at_once() {
        var supplier = supplier("bluefin");
        supplier.processes = Set.of(Process.SHEET_METAL, Process.LASER_CUTTING, Process.WELDING);
        supplier.openOffers = 10;
        assertThat(judge(supplier, rfq())).extracting(Exclusion::rule)
                .containsExactly("ProcessOffered", "CapacityLeft");
    }
}
