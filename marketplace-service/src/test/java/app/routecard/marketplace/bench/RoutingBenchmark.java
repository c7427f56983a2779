package app.routecard.marketplace.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.MarketplaceFixtures;
import app.routecard.marketplace.routing.WaveRunner;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Routing one RFQ over a network of generated supplier profiles (10,000 by default) on the real PostgreSQL of the
 * test stack, side by side, in one run, with the bare indexed SQL that selects the eligible suppliers. Not part of
 * the suite (its name does not end in Test): it prints figures, it does not time-assert. Run it with
 *
 * <pre>bench/routing.sh [profiles] [rounds]</pre>
 *
 * Each round opens one wave the way the scheduler does ({@link WaveRunner#runDue()}: read the candidates, judge
 * every one, rank, draw the wave with its seed, store the whole decision, write the offers and their events) and
 * then runs the bare query in its own transaction. The round's offers are withdrawn again so every round sees the
 * same network. The engine's eligible set is checked against the SQL's, so the two measure the same answer. The
 * measured rounds follow at least 100 warm-up rounds and 45 s ({@code -Dbench.warmup}, {@code
 * -Dbench.warmup-seconds}): the stack the run starts is still busy starting for a while.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class RoutingBenchmark {

    private static final String[] PROCESSES = {"CNC_MILLING_3_AXIS", "CNC_MILLING_5_AXIS", "CNC_TURNING",
        "SHEET_METAL", "LASER_CUTTING", "WATERJET", "WELDING", "INJECTION_MOLDING", "FDM", "SLS", "SLA", "MJF",
        "ANODIZING", "PLATING", "POWDER_COAT", "HEAT_TREATMENT"};
    private static final String[] MATERIALS = {"Aluminium 6061", "Aluminium 7075", "Steel 1.4301", "Steel S235",
        "Stainless 316L", "Titanium grade 5", "Brass CW614N", "Copper", "ABS", "Nylon PA12", "POM", "PEEK"};
    private static final String[] COUNTRIES = {"DE", "AT", "CH", "FR", "NL", "BE", "IT", "ES", "PL", "CZ", "SE",
        "DK", "GB", "IE", "US", "CA", "MX", "PT", "FI", "NO"};

    /** The bracket RFQ's demand, in SQL: every rule the engine applies that the generated network can fail. */
    private static final String ELIGIBLE_SQL = """
            select p.tenant_id from capability_profile p
            where p.takes_marketplace_work
              and (p.processes @> '["CNC_MILLING_3_AXIS"]' or p.processes @> '["CNC_MILLING_5_AXIS"]')
              and p.materials @> '["Aluminium 6061"]'
              and exists (select 1 from jsonb_array_elements(p.certifications) c
                          where c->>'certification' = 'ISO_9001' and (c->>'expiresOn')::date >= :target)
              and p.max_length_mm >= 120 and p.max_width_mm >= 80 and p.max_height_mm >= 30
              and p.min_quantity <= 250 and p.max_quantity >= 250
              and (p.ships_to @> '["DE"]' or p.ships_to = '[]')
              and not exists (select 1 from jsonb_array_elements(p.blackouts) b
                              where :target between (b->>'first')::date and (b->>'last')::date)
              and p.max_open_offers > (select count(*) from offer o
                                       where o.tenant_id = p.tenant_id and o.status in ('NEW', 'VIEWED'))
              and p.tenant_id <> :buyer
              and p.tenant_id not in (select o.tenant_id from offer o where o.rfq_id = :rfq)""";

    @Inject
    EntityManager entities;

    @Inject
    WaveRunner waves;

    @ConfigProperty(name = "bench.profiles", defaultValue = "10000")
    int profiles;

    @ConfigProperty(name = "bench.rounds", defaultValue = "300")
    int rounds;

    @ConfigProperty(name = "bench.warmup", defaultValue = "100")
    int warmup;

    /** The stack this run started is still warming up (Keycloak's JIT alone takes a core for a while). */
    @ConfigProperty(name = "bench.warmup-seconds", defaultValue = "45")
    int warmupSeconds;

    @Test
    void routes_one_rfq_over_the_generated_network_beside_the_bare_sql() {
        generateNetwork();
        try {
            measure();
        } finally {
            inAllTenants(() -> entities.createNativeQuery(
                    "delete from capability_profile where tenant_id like 'bench-%'").executeUpdate());
        }
    }

    private void measure() {
        String nina = Tokens.accessToken("nina@northwind.example");
        String buyer = given().auth().oauth2(nina).get("/api/whoami").then().statusCode(200).extract()
                .path("tenant.id");
        UUID rfq = UUID.fromString(given().auth().oauth2(nina).contentType(ContentType.JSON)
                .body(MarketplaceFixtures.bracketRfq()).post("/api/rfqs").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(nina).post("/api/rfqs/" + rfq + "/post").then().statusCode(200);
        LocalDate target = LocalDate.parse(given().auth().oauth2(nina).get("/api/rfqs/" + rfq)
                .then().statusCode(200).extract().path("targetShipDate"));
        assertThat(waves.runDue()).as("the posted RFQ's first wave, and any other due").isPositive();
        withdrawOffers(rfq);

        long[] engine = new long[rounds];
        long[] sql = new long[rounds];
        long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int number = 2;
        for (int warmed = 0; warmed < warmup || System.nanoTime() < warmUntil; warmed++) {
            routeOnce(buyer, rfq, target, number++);
        }
        long[] gcAtStart = gc();
        Round last = null;
        for (int round = 0; round < rounds; round++) {
            last = routeOnce(buyer, rfq, target, number++);
            engine[round] = last.routed();
            sql[round] = last.selected();
        }
        int decisionBytes = last.decisionBytes();
        int candidates = last.candidates();
        int eligible = last.eligible();
        long[] gcAtEnd = gc();
        Arrays.sort(engine);
        Arrays.sort(sql);
        System.out.printf("""

                Routing one RFQ over %,d supplier profiles, %d rounds after %d warm-up rounds
                  candidates judged and stored per decision: %,d (%,d eligible), decision %,d bytes
                                                      p50 ms   p99 ms   max ms
                  routing (judge, rank, store, offer) %7.2f  %7.2f  %7.2f
                  bare indexed SQL (eligible only)    %7.2f  %7.2f  %7.2f
                  ratio routing / SQL                 %7.2f  %7.2f
                  garbage collections in this JVM during the measured rounds: %d, %d ms in all

                """, count(), rounds, number - 2 - rounds, candidates, eligible, decisionBytes,
                ms(percentile(engine, 50)), ms(percentile(engine, 99)), ms(engine[rounds - 1]),
                ms(percentile(sql, 50)), ms(percentile(sql, 99)), ms(sql[rounds - 1]),
                (double) percentile(engine, 50) / percentile(sql, 50),
                (double) percentile(engine, 99) / percentile(sql, 99), gcAtEnd[0] - gcAtStart[0],
                gcAtEnd[1] - gcAtStart[1]);
        assertThat(candidates).as("the decision records the candidates it judged").isPositive();
        if (Boolean.getBoolean("bench.explain")) {
            explain(buyer, rfq, target);
        }
    }

    /** One measured round: the wave routed, the bare query run, what the decision stored. */
    private record Round(long routed, long selected, int decisionBytes, int candidates, int eligible) {
    }

    /**
     * Opens wave {@code number} the way the scheduler does and times it, then times the bare query; checks the two
     * agree on who is eligible, and withdraws the wave's offers so the next round sees the same network.
     */
    private Round routeOnce(String buyer, UUID rfq, LocalDate target, int number) {
        inAllTenants(() -> entities.createNativeQuery("""
                insert into routing_wave (id, tenant_id, rfq_id, number, status, seed, due_at)
                values (:id, :buyer, :rfq, :number, 'DUE', :seed, now() - interval '1 second')""")
                .setParameter("id", UUID.randomUUID()).setParameter("buyer", buyer).setParameter("rfq", rfq)
                .setParameter("number", number).setParameter("seed", (long) number * 7919).executeUpdate());
        long start = System.nanoTime();
        int opened = waves.runDue();
        long routed = System.nanoTime() - start;
        assertThat(opened).as("wave %d opens", number).isEqualTo(1);

        Object[] stored = inAllTenants(() -> (Object[]) entities.createNativeQuery("""
                select length(decision),
                       jsonb_array_length(decision::jsonb -> 'candidates')
                           + jsonb_array_length(decision::jsonb -> 'excluded'),
                       jsonb_array_length(decision::jsonb -> 'candidates')
                from routing_wave where rfq_id = :rfq and number = :number""")
                .setParameter("rfq", rfq).setParameter("number", number).getSingleResult());
        withdrawOffers(rfq);

        start = System.nanoTime();
        List<String> bare = inAllTenants(() -> eligibleBySql(buyer, rfq, target));
        long selected = System.nanoTime() - start;
        int eligible = ((Number) stored[2]).intValue();
        assertThat(eligible).as("the engine and the SQL agree on who is eligible").isEqualTo(bare.size());
        return new Round(routed, selected, ((Number) stored[0]).intValue(), ((Number) stored[1]).intValue(),
                eligible);
    }

    /** With -Dbench.explain=true: the bare query's plan, and one stored excluded candidate. */
    @SuppressWarnings("unchecked")
    private void explain(String buyer, UUID rfq, LocalDate target) {
        inAllTenants(() -> {
            List<String> plan = entities.createNativeQuery("explain analyze " + ELIGIBLE_SQL)
                    .setParameter("target", target).setParameter("buyer", buyer).setParameter("rfq", rfq)
                    .getResultList();
            plan.forEach(System.out::println);
            System.out.println(entities.createNativeQuery("""
                    select (decision::jsonb -> 'excluded' -> -1)::text from routing_wave
                    where rfq_id = :rfq order by number desc limit 1""").setParameter("rfq", rfq).getSingleResult());
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> eligibleBySql(String buyer, UUID rfq, LocalDate target) {
        return entities.createNativeQuery(ELIGIBLE_SQL).setParameter("target", target)
                .setParameter("buyer", buyer).setParameter("rfq", rfq).getResultList();
    }

    private void withdrawOffers(UUID rfq) {
        inAllTenants(() -> entities.createNativeQuery("delete from offer where rfq_id = :rfq")
                .setParameter("rfq", rfq).executeUpdate());
    }

    private long count() {
        return inAllTenants(() -> ((Number) entities.createNativeQuery(
                "select count(*) from capability_profile where tenant_id like 'bench-%'").getSingleResult()).longValue());
    }

    /**
     * Writes the generated network (and the benchmark removes it again, leaving the test stack as it was): each shop's
     * processes, materials, certifications, envelope, quantities, regions and limits drawn from a hash of its
     * number, so every run judges the same network.
     */
    private void generateNetwork() {
        String sql = """
                insert into capability_profile (id, tenant_id, takes_marketplace_work, processes, materials,
                    certifications, max_length_mm, max_width_mm, max_height_mm, min_quantity, max_quantity,
                    ship_from_country, ships_to, max_open_offers, max_open_jobs, blackouts, typical_lead_days,
                    updated_by, updated_at)
                select md5('bench' || i)::uuid, 'bench-' || lpad(i::text, 5, '0'), pg_temp.h(i, 'w') %% 10 <> 0,
                    (select jsonb_agg(distinct (%s)[1 + pg_temp.h(i, 'p' || k) %% 16])
                     from generate_series(1, 1 + pg_temp.h(i, 'np') %% 4) k),
                    (select jsonb_agg(distinct (%s)[1 + pg_temp.h(i, 'm' || k) %% 12])
                     from generate_series(1, 1 + pg_temp.h(i, 'nm') %% 4) k),
                    case pg_temp.h(i, 'c') %% 3
                        when 0 then '[{"certification": "ISO_9001", "expiresOn": "2029-06-30"}]'::jsonb
                        when 1 then '[{"certification": "ISO_9001", "expiresOn": "2029-06-30"},
                                      {"certification": "AS9100", "expiresOn": "2028-12-31"}]'::jsonb
                        else '[]'::jsonb end,
                    600 + pg_temp.h(i, 'l') %% 1400, 300 + pg_temp.h(i, 'd') %% 300, 100 + pg_temp.h(i, 'e') %% 200,
                    1 + pg_temp.h(i, 'q0') %% 100, 200 + pg_temp.h(i, 'q') %% 9800,
                    (%s)[1 + pg_temp.h(i, 's0') %% 20],
                    case when pg_temp.h(i, 's') %% 10 = 0 then '[]'::jsonb else
                        (select jsonb_agg(distinct (%s)[1 + pg_temp.h(i, 's' || k) %% 20])
                         from generate_series(1, 1 + pg_temp.h(i, 'ns') %% 3) k) end,
                    10 + pg_temp.h(i, 'mo') %% 40, 3 + pg_temp.h(i, 'mj') %% 20, '[]'::jsonb, 5 + pg_temp.h(i, 'ld') %% 40,
                    'routing benchmark', now()
                from generate_series(1, :profiles) i"""
                .formatted(array(PROCESSES), array(MATERIALS), array(COUNTRIES), array(COUNTRIES));
        inAllTenants(() -> {
            // A run stopped half-way leaves its network behind; start from none.
            entities.createNativeQuery("delete from capability_profile where tenant_id like 'bench-%'").executeUpdate();
            entities.createNativeQuery("""
                    create or replace function pg_temp.h(i int, salt text) returns int language sql immutable
                    as $$ select abs(hashtext(i::text || ':' || salt)) $$""").executeUpdate();
            return entities.createNativeQuery(sql)
                    .setParameter("profiles", profiles).executeUpdate();
        });
        inAllTenants(() -> entities.createNativeQuery("analyze capability_profile").executeUpdate());
    }

    private static String array(String[] values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add("'" + value + "'");
        }
        return "array[" + String.join(", ", quoted) + "]";
    }

    private static <T> T inAllTenants(Supplier<T> work) {
        return TenantTransactions.allTenants("the routing benchmark writes and reads the generated network", work);
    }

    /** Collections so far and their milliseconds, over every collector of this JVM. */
    private static long[] gc() {
        long[] total = new long[2];
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total[0] += Math.max(0, collector.getCollectionCount());
            total[1] += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
