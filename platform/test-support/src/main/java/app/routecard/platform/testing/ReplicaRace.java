package app.routecard.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Scheduled work run by several replicas at the same moment: each "replica" is a thread of its own, released
 * together at a barrier, doing what the replica's scheduler would call. The work's state is in the database, which
 * the replicas share, so threads race it as processes would.
 */
public final class ReplicaRace {

    private ReplicaRace() {
    }

    /** In a request context of its own, as Quarkus' scheduler runs a scheduled method. */
    private static <T> T asTheSchedulerRunsIt(Callable<T> work) throws Exception {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return work.call();
        } finally {
            requestContext.terminate();
        }
    }

    /** Runs {@code work} on {@code replicas} threads started together; answers each run's result, in order. */
    public static <T> List<T> run(int replicas, Callable<T> work) {
        ExecutorService threads = Executors.newFixedThreadPool(replicas);
        CyclicBarrier start = new CyclicBarrier(replicas);
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return asTheSchedulerRunsIt(work);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("A replica's run failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("A replica's run did not end within 2 minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
