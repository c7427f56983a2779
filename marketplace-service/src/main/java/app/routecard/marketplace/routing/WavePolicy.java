package app.routecard.marketplace.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Who of the eligible suppliers a wave offers the RFQ to: the best ranked, except an exploration share of the
 * slots drawn at random among suppliers with little history, so the network does not freeze around its
 * incumbents. The draw uses the seed stored with the decision: the same seed gives the same wave. Plain Java.
 */
public final class WavePolicy {

    /** Slots per wave, the share of them for exploration, and what "little history" means. */
    public record Settings(int slots, double explorationShare, int newcomerMaxCompletedJobs) {
        public static final Settings DEFAULT = new Settings(5, 0.2, 2);

        public int explorationSlots() {
            return (int) Math.round(slots * explorationShare);
        }
    }

    /** A supplier eligible for the RFQ with its rank inputs. */
    public record Ranked(Supplier supplier, RankingPolicy.RankInputs inputs) {
    }

    /** One supplier the wave offers the RFQ to, and whether an exploration slot brought it in. */
    public record Pick(String tenantId, boolean exploration) {
    }

    /** Best first: rank value, then the score, then the tenant id, so equal suppliers still have one order. */
    public static final Comparator<Ranked> ORDER = Comparator
            .comparingDouble((Ranked r) -> r.inputs().value()).reversed()
            .thenComparing(Comparator.comparingDouble((Ranked r) -> r.inputs().scoreLowerBound()).reversed())
            .thenComparing(r -> r.supplier().tenantId());

    private final Settings settings;

    public WavePolicy(Settings settings) {
        this.settings = settings;
    }

    public List<Pick> pick(List<Ranked> eligible, long seed) {
        List<Ranked> ordered = eligible.stream().sorted(ORDER).toList();
        int rankedSlots = settings.slots() - settings.explorationSlots();
        Set<String> picked = new LinkedHashSet<>();
        List<Pick> picks = new ArrayList<>();
        for (Ranked ranked : ordered.subList(0, Math.min(rankedSlots, ordered.size()))) {
            picked.add(ranked.supplier().tenantId());
            picks.add(new Pick(ranked.supplier().tenantId(), false));
        }
        List<Ranked> newcomers = new ArrayList<>(ordered.stream()
                .filter(r -> !picked.contains(r.supplier().tenantId()))
                .filter(r -> r.supplier().completedJobs() <= settings.newcomerMaxCompletedJobs()).toList());
        java.util.Collections.shuffle(newcomers, new Random(seed));
        for (Ranked newcomer : newcomers) {
            if (picks.size() >= settings.slots()) {
                break;
            }
            picked.add(newcomer.supplier().tenantId());
            picks.add(new Pick(newcomer.supplier().tenantId(), true));
        }
        // Slots no newcomer took go to the next best ranked.
        for (Ranked ranked : ordered) {
            if (picks.size() >= settings.slots()) {
                break;
            }
            if (picked.add(ranked.supplier().tenantId())) {
                picks.add(new Pick(ranked.supplier().tenantId(), false));
            }
        }
        return picks;
    }
}
