package app.routecard.marketplace.routing;

import static app.routecard.marketplace.routing.Fixtures.TODAY;
import static app.routecard.marketplace.routing.Fixtures.rfq;
import static app.routecard.marketplace.routing.Fixtures.supplier;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.capability.Process;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingAndWavesTest {

    private final RankingPolicy ranking = new RankingPolicy(RankingPolicy.Weights.DEFAULT);

    @Test
    void the_score_lower_bound_capacity_headroom_and_lead_time_fit_rank_a_supplier() {
        var neutral = supplier("acme").build();
        RankingPolicy.RankInputs inputs = ranking.rank(rfq().build(), neutral, TODAY);
        assertThat(inputs).isEqualTo(new RankingPolicy.RankInputs(0.5, 1.0, 1.0, 0.75));

        var busy = supplier("busy");
        busy.openOffers = 5;
        busy.openJobs = 4;
        assertThat(ranking.rank(rfq().build(), busy.build(), TODAY).capacityHeadroom())
                .as("the tighter of offers (5/10) and jobs (4/5)").isEqualTo(0.2);

        var slow = supplier("slow");
        slow.leadDays = 60;
        assertThat(ranking.rank(rfq().build(), slow.build(), TODAY).leadTimeFit())
                .as("30 days left for a 60-day shop").isEqualTo(0.5);

        var proven = supplier("proven");
        proven.score = 0.9;
        assertThat(ranking.rank(rfq().build(), proven.build(), TODAY).value())
                .isGreaterThan(inputs.value());
    }

    @Test
    void a_wave_offers_the_best_ranked_and_keeps_an_exploration_slot_for_a_newcomer() {
        List<WavePolicy.Ranked> eligible = IntStream.rangeClosed(1, 8).mapToObj(i -> {
            var builder = supplier("s" + i);
            builder.score = 0.1 * i;
            builder.completedJobs = i <= 2 ? 0 : 20;
            return new WavePolicy.Ranked(builder.build(), ranking.rank(rfq().build(), builder.build(), TODAY));
        }).toList();
        List<WavePolicy.Pick> picks = new WavePolicy(WavePolicy.Settings.DEFAULT).pick(eligible, 42);
        assertThat(picks).hasSize(5);
        assertThat(picks.subList(0, 4)).extracting(WavePolicy.Pick::tenantId)
                .containsExactly("s8", "s7", "s6", "s5");
        assertThat(picks.get(4).exploration()).isTrue();
        assertThat(picks.get(4).tenantId()).isIn("s1", "s2");
        assertThat(new WavePolicy(WavePolicy.Settings.DEFAULT).pick(eligible, 42)).isEqualTo(picks);
    }

    @Test
    void without_newcomers_the_exploration_slot_goes_to_the_next_best() {
        List<WavePolicy.Ranked> eligible = IntStream.rangeClosed(1, 6).mapToObj(i -> {
            var builder = supplier("s" + i);
            builder.score = 0.1 * i;
            return new WavePolicy.Ranked(builder.build(), ranking.rank(rfq().build(), builder.build(), TODAY));
        }).toList();
        assertThat(new WavePolicy(WavePolicy.Settings.DEFAULT).pick(eligible, 7)).extracting(WavePolicy.Pick::tenantId)
                .containsExactly("s6", "s5", "s4", "s3", "s2");
    }

    @Test
    void the_decision_keeps_every_candidate_in_or_out_with_reasons_and_rank_inputs() {
        var acme = supplier("acme");
        var cobalt = supplier("cobalt");
        cobalt.processes = Set.of(Process.CNC_MILLING_5_AXIS);
        cobalt.score = 0.7;
        var bluefin = supplier("bluefin");
        bluefin.processes = Set.of(Process.SHEET_METAL, Process.LASER_CUTTING, Process.WELDING);
        RoutingEngine.Decision decision = RoutingEngine.standard().decide(rfq().build(),
                List.of(acme.build(), cobalt.build(), bluefin.build()), 1, 99, TODAY);
        assertThat(decision.offered()).extracting(RoutingEngine.Candidate::tenantId)
                .containsExactly("cobalt", "acme");
        RoutingEngine.Candidate out = decision.candidates().get(2);
        assertThat(out.tenantId()).isEqualTo("bluefin");
        assertThat(out.offered()).isFalse();
        assertThat(out.exclusions()).extracting(Exclusion::reason)
                .containsExactly("process not offered: CNC milling, 3-axis");
        assertThat(decision.candidates().get(0).rank()).isEqualTo(1);
        assertThat(decision.candidates().get(0).inputs().scoreLowerBound()).isEqualTo(0.7);
    }
}
