package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.pipeline.BuildOptions;
import org.dateline.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline serve [--port N]}: builds, serves on 127.0.0.1, rebuilds and reloads on change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Build the site into a temporary folder, serve it on http://127.0.0.1:PORT/, rebuild when",
      "content/, seeds/, templates/ or site.yaml change and reload open pages. Ctrl-C stops."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--root", description = "Project folder (default: the current folder).")
  Path root = Path.of("");

  @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Mixin CacheOptions cache;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("error: --port must be between 0 and 65535");
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    BuildOptions options = cache.applyTo(BuildOptions.standard(root.toAbsolutePath().normalize()));
    PrintWriter out = spec.commandLine().getOut();
    ServeSession session = ServeSession.open(options, port, line -> {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    });
    Thread hook = new Thread(session::close, "dateline-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Serving http://127.0.0.1:" + session.port() + "/ (Ctrl-C to stop)");
    out.flush();
    try {
      session.awaitClose();
    } finally {
      session.close();
    }
    return ExitCodes.OK;
  }
}
