package org.dateline.browser;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, run in-process. It needs ICU4J 58, older than the generator's, so it gets
 * a class loader of its own: the test class path with ICU4J 58 (copied to
 * {@code target/nu-validator-icu/} by the build) in place of the newer one.
 */
final class NuChecker implements AutoCloseable {
  private final URLClassLoader loader;
  private final Object validator;
  private final Method checkHtmlFile;
  private final List<String> errors = new ArrayList<>();

  NuChecker() throws Exception {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> icu = Files.list(Path.of("target/nu-validator-icu"))) {
      for (Path jar : icu.toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("icu4j")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            String file = e.getSystemId() == null ? "" : e.getSystemId().replaceFirst("^.*/site-out/", "");
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    validator = type.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(false, false, false);
    type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
        .invoke(validator, "http://s.validator.nu/html5-rdfalite.rnc", handler);
    type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
        .invoke(validator, handler, true, false);
    checkHtmlFile = type.getMethod("checkHtmlFile", File.class, boolean.class);
  }

  /** Checks one page; its errors are added to {@link #errors()}. */
  void check(Path page) throws Exception {
    checkHtmlFile.invoke(validator, page.toFile(), true);
  }

  List<String> errors() {
    return errors;
  }

  @Override
  public void close() throws Exception {
    loader.close();
  }
}
