package app.routecard.marketplace.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One routing decision for one wave of an RFQ: every candidate is judged (in, or out with every reason), the
 * eligible are ranked, and the wave picks its suppliers. The decision keeps all of it, with the seed, so it can be
 * shown to the buyer, the operator and each candidate, and replayed exactly. Plain Java.
 */
public final class RoutingEngine {

    private final EligibilityPolicy eligibility;
    private final RankingPolicy ranking;
    private final WavePolicy waves;

    public RoutingEngine(EligibilityPolicy eligibility, RankingPolicy ranking, WavePolicy waves) {
        this.eligibility = eligibility;
        this.ranking = ranking;
        this.waves = waves;
    }

    public static RoutingEngine standard() {
        return standard(EligibilityRules.StandingCaps.DEFAULT);
    }

    /** The standard engine with the operator's caps for suppliers on probation and new ones. */
    public static RoutingEngine standard(EligibilityRules.StandingCaps caps) {
        return new RoutingEngine(EligibilityPolicy.standard(caps), new RankingPolicy(RankingPolicy.Weights.DEFAULT),
                new WavePolicy(WavePolicy.Settings.DEFAULT));
    }

    /** One candidate as the decision records it. {@code inputs} and {@code rank} are left out for an excluded one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(String tenantId, String name, List<Exclusion> exclusions,
                            RankingPolicy.RankInputs inputs, Integer rank, boolean offered, boolean exploration) {
        public boolean eligible() {
            return exclusions.isEmpty();
        }
    }

    public record Decision(long seed, int wave, LocalDate day, List<Candidate> candidates) {
        public List<Candidate> offered() {
            return candidates.stream().filter(Candidate::offered).toList();
        }
    }

    public Decision decide(RfqDemand rfq, List<Supplier> suppliers, int wave, long seed, LocalDate today) {
        List<WavePolicy.Ranked> eligible = new ArrayList<>();
        Map<String, List<Exclusion>> exclusions = new java.util.HashMap<>();
        for (Supplier supplier : suppliers) {
            List<Exclusion> out = eligibility.exclusions(rfq, supplier);
            exclusions.put(supplier.tenantId(), out);
            if (out.isEmpty()) {
                eligible.add(new WavePolicy.Ranked(supplier, ranking.rank(rfq, supplier, today)));
            }
        }
        Map<String, WavePolicy.Pick> picks = waves.pick(eligible, seed).stream()
                .collect(Collectors.toMap(WavePolicy.Pick::tenantId, Function.identity()));
        List<WavePolicy.Ranked> ordered = eligible.stream().sorted(WavePolicy.ORDER).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            WavePolicy.Ranked ranked = ordered.get(i);
            WavePolicy.Pick pick = picks.get(ranked.supplier().tenantId());
            candidates.add(new Candidate(ranked.supplier().tenantId(), ranked.supplier().name(), List.of(),
                    ranked.inputs(), i + 1, pick != null, pick != null && pick.exploration()));
        }
        suppliers.stream().filter(s -> !exclusions.get(s.tenantId()).isEmpty())
                .sorted(java.util.Comparator.comparing(Supplier::tenantId))
                .forEach(s -> candidates.add(new Candidate(s.tenantId(), s.name(), exclusions.get(s.tenantId()),
                        null, null, false, false)));
        return new Decision(seed, wave, today, candidates);
    }
}
