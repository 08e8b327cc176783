package org.dateline.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dateline.digest.Murmur3;
import org.dateline.model.Article;
import org.dateline.model.ArticleSummary;
import org.dateline.model.Country;
import org.dateline.model.Person;
import org.dateline.model.SiteConfig;
import org.dateline.model.Utf8Text;
import org.dateline.render.search.SearchIndex;

/**
 * The key of a page: a 128-bit hash of everything its bytes are made from. That is the build's
 * environment (the code and the templates folder, given as one string), the template's name and
 * every value of the page's context, walked deeply: records by their components, lists in order,
 * sets whatever their order, linked maps in the order they were filled and other maps whatever
 * their order. Templates see nothing but their context, so two pages with the same key have the
 * same bytes, and a build may keep a page whose key the last build wrote instead of rendering it
 * again. A context value of a type it does not know is an error, not a guess. Thread-safe. The
 * archive's articles and their summaries, people and countries, an article's references to a
 * country (two for each country, shared by all its articles), the site's settings and any large
 * list or set are hashed once per build and their hash reused wherever the same object comes again
 * (a summary in every list it is in, a country's set of datelined stories on each of its pages):
 * the values of a context must not change while a build renders.
 */
final class PageKeys implements SearchIndex.Keys {
  private static final ClassValue<Method[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Method[] accessors = new Method[components.length];
          for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
          }
          return accessors;
        }
      };

  /** A record type as a number: the first 64 bits of the hash of its class's name. */
  private static final ClassValue<Long> TYPES =
      new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
          return Long.parseUnsignedLong(
              Murmur3.hex(type.getName().getBytes(StandardCharsets.UTF_8)).substring(0, 16), 16);
        }
      };

  /** Characters of a string are hashed this many at a time. */
  private static final int CHARS = 256;

  /** A list or set of at least this many elements is hashed once and its hash reused. */
  private static final int SHARED_SIZE = 64;

  private final String environment;
  private final BodyEdits edits;
  /** The hash of each shared record or collection met so far, as its two 64-bit halves. */
  private final Map<Identity, long[]> shared = new ConcurrentHashMap<>();
  /** Whether each shared record or collection met so far holds an article whose body changed. */
  private final Map<Identity, Boolean> edited = new ConcurrentHashMap<>();
  /**
   * The hashers not in use: a page's hasher and those of the shared values it meets, taken by one
   * thread at a time. Not one pool per thread: a thread-local value outlives the keys in every
   * thread that made one (the common pool's, for as long as {@code serve} runs), and a hasher
   * holds the keys and so all the values they remember.
   */
  private final Queue<Hasher> idle = new ConcurrentLinkedQueue<>();

  /** Keys in the build {@code environment}. */
  PageKeys(String environment) {
    this(environment, null);
  }

  /**
   * Keys in the build {@code environment}; with {@code edits} (or null), the last build's keys of
   * the pages made of none of the edited stories.
   */
  PageKeys(String environment, BodyEdits edits) {
    this.environment = environment;
    this.edits = edits;
  }

  /**
   * The key of the file at {@code path} that {@code template} makes of {@code context}: after body
   * edits (see {@link BodyEdits}), the last build's key of the file when the context holds no
   * edited story's article; else worked out.
   */
  @Override
  public String of(String path, String template, Map<String, ?> context) {
    String last = last(path);
    if (last != null && !holdsEdited(context)) {
      return last;
    }
    return of(template, context);
  }

  /**
   * After body edits, the last build's key of the page at {@code path} whose context holds no
   * article but {@code article}, when that one was not edited; else null.
   */
  String lastUnlessEdited(String path, Article article) {
    return edits == null || edits.edited(article) ? null : last(path);
  }

  /** The last build's key of the file at {@code path} after body edits only, else null. */
  @Override
  public String last(String path) {
    return edits == null ? null : edits.lastKeys().apply(path);
  }

  /**
   * Whether {@code v} holds, however deep, the article of a story whose body changed; a value of a
   * kind a page's key cannot be made of counts as holding one.
   */
  private boolean holdsEdited(Object v) {
    if (v == null || v instanceof String) {
      return false;
    }
    if (v instanceof Article article) {
      return edits.edited(article);
    }
    if (v instanceof Record r) {
      if (!MAY_HOLD_ARTICLES.get(r.getClass())) {
        return false;
      }
      for (Method accessor : COMPONENTS.get(r.getClass())) {
        if (holdsEdited(component(accessor, r))) {
          return true;
        }
      }
      return false;
    }
    if (v instanceof Map<?, ?> map) {
      return anyHoldsEdited(map.values());
    }
    if (v instanceof java.util.Collection<?> values) {
      if (values.size() < SHARED_SIZE) {
        return anyHoldsEdited(values);
      }
      // a long list comes again and again (a person's stories on each of their pages)
      Identity identity = new Identity(v);
      Boolean holds = edited.get(identity);
      if (holds == null) {
        holds = anyHoldsEdited(values);
        edited.put(identity, holds);
      }
      return holds;
    }
    return !(v instanceof Number || v instanceof Boolean || v instanceof Utf8Text);
  }

  private boolean anyHoldsEdited(java.util.Collection<?> values) {
    for (Object value : values) {
      if (holdsEdited(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a record of a type may hold an article, by the declared types of its components: not
   * when each is a string, a number, a boolean, a text, or a record, list, set or map of such.
   */
  private static final ClassValue<Boolean> MAY_HOLD_ARTICLES =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          for (RecordComponent component : type.getRecordComponents()) {
            if (mayHoldArticles(component.getGenericType(), new java.util.HashSet<>(Set.of(type)))) {
              return true;
            }
          }
          return false;
        }
      };

  /** Whether a value of declared type {@code type} may hold an article ({@code seen}: records being looked at). */
  private static boolean mayHoldArticles(java.lang.reflect.Type type, Set<Class<?>> seen) {
    if (type instanceof java.lang.reflect.ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && (List.class.equals(raw) || Set.class.equals(raw) || Map.class.equals(raw))) {
      java.lang.reflect.Type[] arguments = generic.getActualTypeArguments();
      return mayHoldArticles(arguments[arguments.length - 1], seen);
    }
    if (!(type instanceof Class<?> c)) {
      return true; // a wildcard or a type variable: anything
    }
    if (c.isPrimitive() || c == String.class || c == Boolean.class || Number.class.isAssignableFrom(c)
        || c == Utf8Text.class) {
      return false;
    }
    if (c.isRecord() && c != Article.class) {
      if (!seen.add(c)) {
        return false; // already being looked at, up the chain
      }
      for (RecordComponent component : c.getRecordComponents()) {
        if (mayHoldArticles(component.getGenericType(), seen)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static Object component(Method accessor, Record r) {
    try {
      return accessor.invoke(r, (Object[]) null); // no arguments: no array made for them
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /**
   * Whether {@code v} is hashed once a build: a record the archive shares among pages, or a large
   * collection.
   */
  private static boolean isShared(Object v) {
    return v instanceof Article
        || v instanceof ArticleSummary
        || v instanceof Article.CountryRef
        || v instanceof Person
        || v instanceof Country
        || v instanceof SiteConfig
        || (v instanceof java.util.Collection<?> c && c.size() >= SHARED_SIZE);
  }

  /** The key of the page that {@code template} makes of {@code context}, worked out. */
  @Override
  public String of(String template, Map<String, ?> context) {
    Hasher hasher = hasher();
    hasher.string(environment);
    hasher.string(template);
    hasher.value(context);
    String key = hasher.hex();
    idle.add(hasher);
    return key;
  }

  /** A hasher of nothing yet: one used before, or a new one. */
  private Hasher hasher() {
    Hasher hasher = idle.poll();
    if (hasher == null) {
      return new Hasher();
    }
    hasher.reset();
    return hasher;
  }

  /** An object compared by identity, for the hashes of the archive's shared records. */
  private record Identity(Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  /** Feeds values to a {@link Murmur3}, each with a tag of its kind so that no two read alike. */
  private final class Hasher extends OutputStream {
    private final Murmur3 hash = new Murmur3();
    // small: most hash little, and a thread keeps one for each level of shared values it is in
    private final byte[] buffer = new byte[2 * CHARS + 1];
    private final char[] chars = new char[CHARS];
    private int buffered;

    void value(Object v) {
      if (v == null) {
        tag(0);
      } else if (v instanceof String s) { // the commonest value, first: never a shared one
        tag(1);
        string(s);
      } else if (isShared(v)) {
        shared(v);
      } else {
        unshared(v);
      }
    }

    private void unshared(Object v) {
      if (v instanceof String s) {
        tag(1);
        string(s);
      } else if (v instanceof Boolean b) {
        tag(b ? 2 : 3);
      } else if (v instanceof Integer || v instanceof Long) {
        number(((Number) v).longValue());
      } else if (v instanceof Utf8Text text) {
        tag(5);
        number(text.length());
        try {
          text.writeTo(this);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (v instanceof Record r) {
        record(r);
      } else if (v instanceof List<?> list) {
        tag(6);
        number(list.size());
        list.forEach(this::value);
      } else if (v instanceof Set<?> set) {
        tag(7);
        // in sorted order: strings as they are, anything else by its own key
        List<String> sorted = new ArrayList<>();
        for (Object element : set) {
          if (element instanceof String s) {
            sorted.add(s);
          } else {
            Hasher one = hasher();
            one.value(element);
            sorted.add("\u0000" + one.hex());
            idle.add(one);
          }
        }
        sorted.sort(null);
        number(sorted.size());
        sorted.forEach(this::string);
      } else if (v instanceof LinkedHashMap<?, ?> map) {
        // in the order it was filled: a page's context is filled in the same order every time
        tag(11);
        entries(map);
      } else if (v instanceof SortedMap<?, ?> map && map.comparator() == null) {
        tag(8);
        entries(map);
      } else if (v instanceof Map<?, ?> map) {
        tag(8);
        entries(new TreeMap<>(map));
      } else {
        throw new IllegalArgumentException(
            "a page's context holds a " + v.getClass().getName() + ", which PageKeys cannot hash");
      }
    }

    /** The number of entries, then each name and value in the map's order. */
    private void entries(Map<?, ?> map) {
      number(map.size());
      map.forEach((k, value) -> {
        string((String) k);
        value(value);
      });
    }

    /** Puts the hash of {@code v}, computed the first time the object is seen. */
    private void shared(Object v) {
      tag(9);
      Identity identity = new Identity(v);
      long[] hash = shared.get(identity);
      if (hash == null) {
        // not computeIfAbsent: hashing a list reaches the shared records in it, which the map
        // would refuse as a recursive update; two threads may hash the same object, harmlessly
        Hasher own = hasher();
        own.unshared(v);
        hash = own.digest();
        idle.add(own);
        shared.put(identity, hash);
      }
      number(hash[0]);
      number(hash[1]);
    }

    private void record(Record r) {
      tag(10);
      number(TYPES.get(r.getClass()));
      for (Method accessor : COMPONENTS.get(r.getClass())) {
        value(component(accessor, r));
      }
    }

    private void tag(int tag) {
      write(tag);
    }

    private void number(long n) {
      if (buffer.length - buffered < 9) {
        drain();
      }
      buffer[buffered++] = 4;
      for (int shift = 0; shift < 64; shift += 8) {
        buffer[buffered++] = (byte) (n >>> shift);
      }
    }

    /**
     * The length, then the characters {@value #CHARS} at a time, each run tagged: one byte a
     * character when all of them are Latin-1 (as nearly all text here is), else two (UTF-16).
     */
    void string(String s) {
      number(s.length());
      for (int from = 0; from < s.length(); from += CHARS) {
        int count = Math.min(CHARS, s.length() - from);
        s.getChars(from, from + count, chars, 0);
        if (buffer.length - buffered < 1 + 2 * count) {
          drain();
        }
        // one byte a character, taken back when a character is beyond Latin-1
        int start = buffered;
        buffer[buffered++] = 1;
        int all = 0;
        for (int i = 0; i < count; i++) {
          char c = chars[i];
          all |= c;
          buffer[buffered++] = (byte) c;
        }
        if (all >= 0x100) {
          buffered = start;
          buffer[buffered++] = 2;
          for (int i = 0; i < count; i++) {
            buffer[buffered++] = (byte) chars[i];
            buffer[buffered++] = (byte) (chars[i] >>> 8);
          }
        }
      }
    }

    @Override
    public void write(int b) {
      if (buffered == buffer.length) {
        drain();
      }
      buffer[buffered++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
      drain();
      hash.update(bytes, offset, count);
    }

    String hex() {
      drain();
      return hash.hex();
    }

    long[] digest() {
      drain();
      return hash.digest();
    }

    void reset() {
      hash.reset();
      buffered = 0;
    }

    private void drain() {
      hash.update(buffer, 0, buffered);
      buffered = 0;
    }
  }
}
