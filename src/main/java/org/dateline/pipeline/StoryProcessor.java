package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;

/**
 * Runs one task per story on all cores and gives the results in input order. A task that runs
 * longer than the time limit is abandoned (its result is {@code onTimeout}) and a fresh thread
 * takes its place, so one pathological story can neither hang the build nor starve the others.
 * (flexmark, for one, backtracks exponentially on some link labels full of backslashes.)
 */
public final class StoryProcessor<I, O> implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Duration limit;
  private int threads;

  public StoryProcessor(Duration limit) {
    this.limit = limit;
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            1,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread t = new Thread(runnable, "dateline-story");
              t.setDaemon(true);
              return t;
            });
  }

  /** Applies {@code task} to every input; {@code onTimeout} gives the result of one that ran too long. */
  public List<O> map(List<I> inputs, Function<I, O> task, Function<I, O> onTimeout)
      throws InterruptedException {
    ConcurrentHashMap<Integer, Long> started = new ConcurrentHashMap<>();
    List<Future<O>> futures = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      I input = inputs.get(i);
      futures.add(
          pool.submit(
              () -> {
                started.put(index, System.nanoTime());
                return task.apply(input);
              }));
    }
    List<O> out = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      out.add(await(futures.get(i), i, started, inputs.get(i), onTimeout));
    }
    return out;
  }

  private O await(
      Future<O> future, int index, ConcurrentHashMap<Integer, Long> started, I input, Function<I, O> onTimeout)
      throws InterruptedException {
    while (true) {
      Long start = started.get(index);
      long remaining =
          start == null ? limit.toNanos() : limit.toNanos() - (System.nanoTime() - start);
      try {
        return future.get(Math.max(1, remaining), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (started.containsKey(index) && System.nanoTime() - started.get(index) >= limit.toNanos()) {
          future.cancel(true);
          replaceStuckThread();
          return onTimeout.apply(input);
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** The error for a story given up after {@code limit}. */
  public static Diagnostic timedOut(String file, Duration limit) {
    return Diagnostic.error(
        SourcePos.startOf(file),
        "timeout",
        "story took more than " + limit.toSeconds() + " s to read and extract; left out");
  }

  /** The abandoned task may keep its thread busy; one more thread keeps the others moving. */
  private void replaceStuckThread() {
    threads++;
    pool.setMaximumPoolSize(threads);
    pool.setCorePoolSize(threads);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
