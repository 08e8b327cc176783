package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
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
  /** How a task was settled. */
  private static final int FINISHED = 1;
  private static final int ABANDONED = 2;
  /** The longest the calling thread sleeps before looking for overdue tasks. */
  private static final Duration MAX_POLL = Duration.ofMillis(100);

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

  /**
   * Applies {@code task} to every input; {@code onTimeout} gives the result of one that ran too long.
   * The calling thread sleeps until all are done, waking only to look for overdue tasks: a thread
   * woken as each task ends would cost a wake-up and a context switch for every story.
   */
  public List<O> map(List<I> inputs, Function<I, O> task, Function<I, O> onTimeout)
      throws InterruptedException {
    Tasks tasks = new Tasks(inputs.size());
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      I input = inputs.get(i);
      futures.add(
          pool.submit(
              () -> {
                tasks.start(index);
                try {
                  return task.apply(input);
                } finally {
                  tasks.settle(index, FINISHED);
                }
              }));
    }
    long poll = Math.max(1, Math.min(limit.toNanos() / 10, MAX_POLL.toNanos()));
    while (!tasks.unsettled.await(poll, TimeUnit.NANOSECONDS)) {
      for (int i = 0; i < futures.size(); i++) {
        if (tasks.overdue(i, limit) && tasks.settle(i, ABANDONED)) {
          futures.get(i).cancel(true);
          replaceStuckThread();
        }
      }
    }
    List<O> out = new ArrayList<>(inputs.size());
    for (int i = 0; i < futures.size(); i++) {
      out.add(tasks.settled.get(i) == ABANDONED ? onTimeout.apply(inputs.get(i)) : result(futures.get(i)));
    }
    return out;
  }

  /**
   * When each task started, and how each was settled (finished, or abandoned as overdue): the
   * first of the two counts, once.
   */
  private static final class Tasks {
    private final long base = System.nanoTime();
    /** Nanoseconds from {@code base} to each task's start, plus one; 0 until it starts. */
    private final AtomicLongArray started;
    private final AtomicIntegerArray settled;
    private final CountDownLatch unsettled;

    Tasks(int count) {
      started = new AtomicLongArray(count);
      settled = new AtomicIntegerArray(count);
      unsettled = new CountDownLatch(count);
    }

    void start(int index) {
      started.set(index, System.nanoTime() - base + 1);
    }

    boolean overdue(int index, Duration limit) {
      long start = started.get(index);
      return settled.get(index) == 0 && start != 0 && System.nanoTime() - base + 1 - start >= limit.toNanos();
    }

    /** Settles a task as {@code how}, unless it already is; true when this call settled it. */
    boolean settle(int index, int how) {
      if (settled.compareAndSet(index, 0, how)) {
        unsettled.countDown();
        return true;
      }
      return false;
    }
  }

  /** A finished task's result (it may still be handing it over), or what it threw. */
  private static <O> O result(Future<O> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
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
