package org.dateline.pipeline;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How every file in the cache folder starts: eight magic bytes that name its kind, the number of
 * its layout and, in a file of what the code made of the stories, that code's version (see {@link
 * CodeVersion}). A file that starts otherwise is of another kind, layout or code, and is not read.
 */
record CacheHeader(long magic, int format) {
  void write(DataOutputStream out) throws IOException {
    out.writeLong(magic);
    out.writeInt(format);
  }

  void write(DataOutputStream out, String version) throws IOException {
    write(out);
    StoryCodec.writeString(out, version);
  }

  /** Reads this header. @throws IOException when the file starts with another */
  void read(CacheInput in) throws IOException {
    if (in.readLong() != magic || in.readInt() != format) {
      throw new IOException("not a cache file of this kind and format");
    }
  }

  /** Reads this header of code version {@code version}. @throws IOException when the file starts with another */
  void read(CacheInput in, String version) throws IOException {
    read(in);
    if (!version.equals(StoryCodec.readString(in))) {
      throw new IOException("a cache file of other code");
    }
  }
}
