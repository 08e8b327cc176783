package org.dateline.read;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import org.dateline.diag.ContentException;
import org.dateline.diag.Diagnostic;
import org.dateline.model.SourcePos;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Reads a Markdown story with flexmark. The first level-one heading is the title when the front
 * matter gives none; other headings are sections, and so is a short line standing alone between
 * paragraphs, as in plain-text stories (exports often lose the heading markup). Raw HTML in the Markdown is cleaned with an
 * allow-list (no scripts, event handlers, styles, frames or script links) unless the site trusts
 * it. Parser and renderer are built once and shared (both are thread-safe).
 */
final class MarkdownReader {
  private static final Safelist SAFE_HTML =
      Safelist.relaxed()
          .addAttributes("a", "title")
          .addAttributes("abbr", "title")
          .addTags("abbr", "figure", "figcaption", "mark", "s", "del", "ins", "hr")
          .preserveRelativeLinks(true);
  private static final String BASE_URI = "https://dateline.invalid/";
  static final int MAX_NESTING = 64;

  final Parser parser;
  /** The same parser without the tables extension, for text without a '|': it can hold no table. */
  private final Parser pipelessParser;
  final HtmlRenderer renderer;
  private final boolean trustHtml;
  private final Document.OutputSettings compact =
      new Document.OutputSettings().prettyPrint(false);

  MarkdownReader(boolean trustHtml) {
    this.trustHtml = trustHtml;
    MutableDataSet options = new MutableDataSet();
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(?:javascript|vbscript|data|file):.*");
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    // the tables extension looks at every paragraph, and makes a pattern for every document
    this.pipelessParser = Parser.builder(options).build();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /**
   * The Markdown's syntax tree; a table needs a '|' in its delimiter row. flexmark reads the text
   * from an array of its characters, which {@link #characters} gives back: a String's {@code
   * charAt} costs it more, and most news text is UTF-16 inside a String for its curly quotes.
   */
  com.vladsch.flexmark.util.ast.Document parse(String markdown) {
    return (markdown.indexOf('|') >= 0 ? parser : pipelessParser).parse(CharSubSequence.of(markdown));
  }

  /** The characters a document from {@link #parse} was parsed from; not to be changed. */
  static char[] characters(com.vladsch.flexmark.util.ast.Document document) {
    return (char[]) document.getChars().getBase();
  }

  ParsedDocument read(String file, String body, int firstLine, FrontMatter frontMatter)
      throws ContentException {
    com.vladsch.flexmark.util.ast.Document document = parse(body);
    char[] chars = characters(document);
    LineIndex lines = new LineIndex(chars);
    PlainParagraphs paragraphs = new PlainParagraphs(chars);
    checkNesting(document, file, firstLine, lines);
    String title = frontMatter.title();
    List<Block> raw = new ArrayList<>();
    java.util.BitSet singleLine = new java.util.BitSet();
    List<Node> topLevel = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      topLevel.add(node);
    }
    List<Node> nodes = new ArrayList<>();
    for (Node node : topLevel) {
      int line = lines.lineOf(node.getStartOffset()) + firstLine;
      String plain = node instanceof Paragraph ? paragraphs.text(node) : null;
      String text = plain != null ? plain.strip() : new TextCollectingVisitor().collectAndGetText(node).strip();
      if (node instanceof Heading heading) {
        if (title == null && heading.getLevel() == 1 && raw.isEmpty()) {
          title = text;
        } else {
          raw.add(new Block(BlockKind.HEADING, text, "", line));
          nodes.add(node);
        }
      } else if (node instanceof Paragraph) {
        if (lines.lineOf(node.getStartOffset()) == lines.lineOf(Math.max(node.getStartOffset(), node.getEndOffset() - 1))) {
          singleLine.set(raw.size());
        }
        raw.add(new Block(BlockKind.PARAGRAPH, text.replace('\n', ' '), "", line));
        nodes.add(node);
      } else if (!text.isEmpty() || node.getChars().length() > 0) {
        raw.add(new Block(BlockKind.OTHER, text, "", line));
        nodes.add(node);
      }
    }
    int shift = 0;
    if (title == null) {
      title = firstLineTitle(raw);
      shift = title.isEmpty() ? 0 : 1;
    }
    int offset = shift;
    List<Node> blockNodes = nodes.subList(offset, nodes.size());
    StoryAssembler story = new StoryAssembler(raw, i -> singleLine.get(i + offset));
    renderRuns(document, blockNodes, story, paragraphs);
    return story.document(file, title, frontMatter);
  }

  /**
   * Renders each run of consecutive body blocks (between headings and the parts that are not
   * story text) in one go: flexmark sets up a renderer for every call, so one call per run costs
   * far less than one per block. The run's HTML goes to its first block; the others keep "".
   */
  private void renderRuns(
      com.vladsch.flexmark.util.ast.Document document,
      List<Node> nodes,
      StoryAssembler story,
      PlainParagraphs paragraphs) {
    int i = 0;
    while (i < nodes.size()) {
      if (!isBodyText(story.kind(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < nodes.size() && isBodyText(story.kind(i))) {
        i++;
      }
      story.setHtml(start, render(document, nodes.subList(start, i), paragraphs));
    }
  }

  private static boolean isBodyText(BlockKind kind) {
    return kind == BlockKind.PARAGRAPH || kind == BlockKind.OTHER;
  }

  /**
   * Refuses Markdown nested deeper than {@value #MAX_NESTING} levels (lists in quotes in lists...):
   * no story needs it, and rendering it would exhaust the stack.
   */
  private static void checkNesting(Node document, String file, int firstLine, LineIndex lines)
      throws ContentException {
    Deque<Node> stack = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    stack.push(document);
    depths.push(0);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      int depth = depths.pop();
      if (depth > MAX_NESTING) {
        throw new ContentException(
            Diagnostic.error(
                new SourcePos(file, lines.lineOf(node.getStartOffset()) + firstLine, 1),
                "too-deep",
                "Markdown is nested more than " + MAX_NESTING + " levels deep"));
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }

  /**
   * Renders a run of top-level nodes, one HTML block per line. Paragraphs of plain text (most of
   * a news story) are escaped directly; every other node goes through flexmark, consecutive ones
   * in one call.
   */
  private String render(
      com.vladsch.flexmark.util.ast.Document story, List<Node> run, PlainParagraphs paragraphs) {
    int size = 0;
    for (Node node : run) {
      size += node.getTextLength() + 16;
    }
    StringBuilder html = new StringBuilder(size);
    List<Node> pending = new ArrayList<>();
    for (Node node : List.copyOf(run)) {
      String plain = node instanceof Paragraph ? paragraphs.html(node) : null;
      if (plain == null) {
        pending.add(node);
        continue;
      }
      appendLine(html, renderWithFlexmark(story, pending));
      pending.clear();
      appendLine(html, plain);
    }
    appendLine(html, renderWithFlexmark(story, pending));
    return html.toString();
  }

  private static void appendLine(StringBuilder html, String block) {
    if (!block.isEmpty()) {
      html.append(html.length() == 0 ? "" : "\n").append(block);
    }
  }

  /**
   * Renders nodes with flexmark. It renders links only inside a document, so the nodes move into a
   * document of their own that shares the story's reference definitions.
   */
  private String renderWithFlexmark(com.vladsch.flexmark.util.ast.Document story, List<Node> run) {
    if (run.isEmpty()) {
      return "";
    }
    com.vladsch.flexmark.util.ast.Document single =
        new com.vladsch.flexmark.util.ast.Document(story, story.getChars());
    boolean raw = false;
    for (Node node : List.copyOf(run)) {
      raw |= hasRawHtml(node);
      node.unlink();
      single.appendChild(node);
    }
    String html = renderer.render(single).strip();
    return trustHtml || !raw ? html : Jsoup.clean(html, BASE_URI, SAFE_HTML, compact);
  }

  /**
   * Whether a node holds raw HTML from the source. flexmark escapes all other text and drops
   * script links itself, so only raw HTML needs the (costly) allow-list cleaning.
   */
  private static boolean hasRawHtml(Node node) {
    if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (hasRawHtml(child)) {
        return true;
      }
    }
    return false;
  }

  /** Without an H1 or a front-matter title, the first paragraph is the title (as in plain text). */
  private static String firstLineTitle(List<Block> raw) {
    if (raw.isEmpty() || raw.get(0).kind() != BlockKind.PARAGRAPH) {
      return "";
    }
    Block first = raw.remove(0);
    return first.text();
  }
}
