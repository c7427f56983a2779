package app.routecard.marketplace.routing;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.scoring.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random supplier profiles and RFQs, wave after wave: no offer ever reaches an ineligible supplier, no supplier
 * is offered the same RFQ twice, and the same seed gives the same decision.
 */
class RoutingPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    // Small vocabularies, so that random suppliers often can make random RFQs and offers do go out.
    private static final List<String> MATERIALS = List.of("aluminium 6061", "steel 1.4301", "titanium grade 5");
    private static final List<Process> PROCESSES = List.of(Process.CNC_MILLING_3_AXIS, Process.CNC_MILLING_5_AXIS,
            Process.CNC_TURNING, Process.SHEET_METAL);
    private static final List<String> COUNTRIES = List.of("DE", "AT", "US", "FR");

    // Waves of two, one of them for exploration: more waves per RFQ, so "never twice" is put to the test.
    private static final WavePolicy.Settings WAVES = new WavePolicy.Settings(2, 0.5, 2);
    private final RoutingEngine engine = new RoutingEngine(EligibilityPolicy.standard(),
            new RankingPolicy(RankingPolicy.Weights.DEFAULT), new WavePolicy(WAVES));
    private final EligibilityPolicy eligibility = EligibilityPolicy.standard();

    @Property(tries = 200)
    void no_offer_reaches_an_ineligible_supplier_and_none_gets_the_rfq_twice_across_waves(
            @ForAll("suppliers") List<Supplier> suppliers, @ForAll("rfqs") RfqDemand rfq,
            @ForAll long seed) {
        RfqDemand current = rfq;
        Set<String> everOffered = new HashSet<>();
        int wavesWithOffers = 0;
        for (int wave = 1; wave <= 4; wave++) {
            RoutingEngine.Decision decision = engine.decide(current, suppliers, wave, seed + wave, TODAY);
            Set<String> offered = new HashSet<>();
            for (RoutingEngine.Candidate candidate : decision.offered()) {
                Supplier supplier = suppliers.stream().filter(s -> s.tenantId().equals(candidate.tenantId()))
                        .findFirst().orElseThrow();
                assertThat(eligibility.eligible(current, supplier)).as("offered to %s", supplier).isTrue();
                assertThat(everOffered.add(candidate.tenantId())).as("%s offered twice", candidate.tenantId())
                        .isTrue();
                offered.add(candidate.tenantId());
            }
            assertThat(offered.size()).isLessThanOrEqualTo(WAVES.slots());
            wavesWithOffers += offered.isEmpty() ? 0 : 1;
            assertThat(decision.candidates()).hasSize(suppliers.size());
            current = current.offeredTo(offered);
        }
        // Not vacuous: a good share of the tries do offer the RFQ to someone.
        net.jqwik.api.statistics.Statistics.label("offered").collect(!everOffered.isEmpty());
        net.jqwik.api.statistics.Statistics.label("offered").coverage(checker ->
                checker.check(true).percentage(share -> share > 10));
        net.jqwik.api.statistics.Statistics.label("several waves").collect(wavesWithOffers > 1);
        net.jqwik.api.statistics.Statistics.label("several waves").coverage(checker ->
                checker.check(true).percentage(share -> share > 3));
    }

    @Property(tries = 100)
    void the_same_seed_gives_the_same_decision(@ForAll("suppliers") List<Supplier> suppliers,
                                               @ForAll("rfqs") RfqDemand rfq, @ForAll long seed) {
        assertThat(engine.decide(rfq, suppliers, 1, seed, TODAY))
                .isEqualTo(engine.decide(rfq, new ArrayList<>(suppliers), 1, seed, TODAY));
    }

    @Provide
    Arbitrary<List<Supplier>> suppliers() {
        return supplier().list().ofMinSize(10).ofMaxSize(60).uniqueElements(Supplier::tenantId);
    }

    private Arbitrary<Supplier> supplier() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').ofLength(8);
        Arbitrary<Set<Process>> processes = Arbitraries.of(PROCESSES).set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Set<String>> materials = Arbitraries.of(MATERIALS).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Map<Certification, LocalDate>> certifications = Arbitraries.of(Certification.class).set()
                .ofMaxSize(5).flatMap(set -> Arbitraries.integers().between(-30, 400).map(days -> {
                    Map<Certification, LocalDate> held = new EnumMap<>(Certification.class);
                    set.forEach(c -> held.put(c, TODAY.plusDays(days)));
                    return held;
                }));
        Arbitrary<Envelope> envelope = Arbitraries.integers().between(200, 2000).list().ofSize(3)
                .map(sides -> new Envelope(sides.get(0), sides.get(1), sides.get(2)));
        Arbitrary<int[]> quantities = Arbitraries.integers().between(1, 20).flatMap(min ->
                Arbitraries.integers().between(500, 100_000).map(max -> new int[]{min, max}));
        Arbitrary<Set<String>> shipsTo = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Set.<String>of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(COUNTRIES).set().ofMinSize(1).ofMaxSize(3)));
        Arbitrary<int[]> load = Combinators.combine(Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 2)).as((maxOffers, offers, maxJobs, jobs) ->
                new int[]{maxOffers, offers, maxJobs, jobs});
        Arbitrary<Object[]> history = Combinators.combine(Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.just(Standing.GOOD)),
                        net.jqwik.api.Tuple.of(4, Arbitraries.of(Standing.class))),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(1, 90), Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true),
                        net.jqwik.api.Tuple.of(1, false)))
                .as((standing, score, completed, lead, takes) -> new Object[]{standing, score, completed, lead, takes});
        return Combinators.combine(id, processes, materials, certifications, envelope, quantities, shipsTo,
                Combinators.combine(load, history).as((l, h) -> new Object[]{l, h})).as(
                (tenant, offered, made, held, size, range, ships, state) -> {
                    int[] l = (int[]) state[0];
                    Object[] h = (Object[]) state[1];
                    return new Supplier(tenant, tenant, (Boolean) h[4], offered, made, held, size, range[0],
                            range[1], ships, List.of(), l[0], l[1], l[2], l[3], (Standing) h[0], (Double) h[1],
                            (Integer) h[2], (Integer) h[3]);
                });
    }

    @Provide
    Arbitrary<RfqDemand> rfqs() {
        Arbitrary<RfqDemand.Line> line = Combinators.combine(Arbitraries.of(PROCESSES), Arbitraries.of(MATERIALS),
                Arbitraries.integers().between(1, 2000), Arbitraries.integers().between(10, 400).list().ofSize(3))
                .as((process, material, quantity, sides) -> new RfqDemand.Line(process, material, quantity,
                        new Envelope(sides.get(0), sides.get(1), sides.get(2))));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(Set.<Certification>of())),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(Certification.class).set().ofSize(1))), Arbitraries.integers().between(5, 120),
                Arbitraries.of(COUNTRIES), Arbitraries.frequency(net.jqwik.api.Tuple.of(1, true),
                        net.jqwik.api.Tuple.of(9, false)))
                .as((lines, certifications, days, country, inviteOnly) -> new RfqDemand(UUID.randomUUID(),
                        "buyer", lines, certifications, TODAY.plusDays(days), new Region(country, null), inviteOnly,
                        Set.of(), Set.of(), Set.of()));
    }
}
