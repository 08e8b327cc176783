package org.dateline.check;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.diag.Diagnostic;
import org.dateline.model.Archive;
import org.dateline.model.Article;
import org.dateline.model.SourcePos;
import org.dateline.read.DocumentReader;

/**
 * Checks the relative links and images of Markdown stories: links to {@code *.md} stories or to
 * {@code articles/*.html} pages that do not exist, {@code #anchors} that are no section of the
 * target story, and images whose file does not exist. External links are not checked.
 */
final class LinkChecker {
  private static final Pattern LINK =
      Pattern.compile("(!?)\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern SCHEME = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");
  private static final Pattern ARTICLE_PAGE = Pattern.compile("(?:^|.*/)articles/([^/]+)\\.html$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

  private final Path root;
  private final Map<String, Article> byFile = new HashMap<>();
  private final Map<String, Article> bySlug = new HashMap<>();

  LinkChecker(Path root, Archive archive) {
    this.root = root;
    for (Article a : archive.articles()) {
      byFile.put(a.file(), a);
      bySlug.put(a.slug(), a);
    }
  }

  List<Diagnostic> check(Collection<String> files) throws IOException {
    List<Diagnostic> out = new ArrayList<>();
    for (String file : files) {
      if (DocumentReader.isMarkdown(file)) {
        checkFile(file, Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8), out);
      }
    }
    return out;
  }

  private void checkFile(String file, List<String> lines, List<Diagnostic> out) {
    boolean inCode = false;
    for (int i = 0; i < lines.size(); i++) {
      if (FENCE.matcher(lines.get(i)).matches()) {
        inCode = !inCode;
        continue;
      }
      Matcher m = LINK.matcher(lines.get(i));
      while (!inCode && m.find()) {
        SourcePos pos = new SourcePos(file, i + 1, m.start() + 1);
        String problem = problem(file, m.group(1).equals("!"), m.group(2));
        if (problem != null) {
          String code = problem.startsWith("image") ? "missing-image"
              : problem.contains("no section") ? "missing-anchor" : "missing-story";
          out.add(Diagnostic.error(pos, code, problem));
        }
      }
    }
  }

  /** What is wrong with {@code target} linked from {@code file}, or null. */
  private String problem(String file, boolean image, String target) {
    if (target.isEmpty() || SCHEME.matcher(target).matches()) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = decode(hash < 0 ? target : target.substring(0, hash));
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    if (image) {
      return path.isEmpty() || exists(file, path) ? null : "image '" + target + "' does not exist";
    }
    Article article;
    if (path.isEmpty()) {
      article = byFile.get(file);
    } else if (DocumentReader.isMarkdown(path)) {
      if (!exists(file, path)) {
        return "link to missing story '" + target + "'";
      }
      article = byFile.get(relative(file, path));
    } else {
      Matcher page = ARTICLE_PAGE.matcher(path);
      if (!page.matches()) {
        return null;
      }
      article = bySlug.get(page.group(1));
      if (article == null) {
        return "link to missing story page '" + target + "'";
      }
    }
    if (anchor == null || anchor.isEmpty() || article == null) {
      return null;
    }
    boolean found = article.sections().stream().anyMatch(s -> s.anchor().equals(anchor));
    return found ? null
        : "link to '#" + anchor + "': " + article.file() + " has no section with that anchor";
  }

  private boolean exists(String file, String path) {
    String resolved = relative(file, path);
    return resolved != null && Files.exists(root.resolve(resolved));
  }

  /** The project-relative path of {@code path} as linked from {@code file}, or null. */
  private String relative(String file, String path) {
    try {
      Path base = path.startsWith("/") ? root : root.resolve(file).getParent();
      Path target = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
      return target.startsWith(root) ? root.relativize(target).toString().replace('\\', '/') : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
