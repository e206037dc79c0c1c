package dev.dateline.ingest;

import dev.dateline.model.Failure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory read recursively in sorted order (by name, at each level), skipping hidden files and directories and
 * {@code .meta.json} sidecars. Symbolic links to directories are not followed, so a link loop cannot trap the walk.
 * A file that cannot be read is a Failure and the walk goes on.
 */
final class DirectorySource implements Source {
  private final Path root;
  private final Settings settings;
  private final Fetcher fetcher;

  DirectorySource(Path root, Settings settings, Fetcher fetcher) {
    this.root = root;
    this.settings = settings;
    this.fetcher = fetcher;
  }

  @Override
  public String describe() {
    return root.toString();
  }

  @Override
  public void read(Sink sink) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("not a directory: " + root);
    }
    walk(root, sink, true);
  }

  private void walk(Path dir, Sink sink, boolean top) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        String name = child.getFileName().toString();
        if (!name.startsWith(".") && !name.endsWith(FileSource.SIDECAR)) {
          children.add(child);
        }
      }
    } catch (IOException e) {
      if (top) {
        throw e;
      }
      sink.fail(new Failure(dir.toString(), "cannot list the directory: " + e.getMessage()));
      return;
    }
    children.sort(null);
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, sink, false);
      } else if (Files.isRegularFile(child)) {
        try {
          new FileSource(child, settings, fetcher).read(sink);
        } catch (InterruptedIOException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          sink.fail(new Failure(child.toString(), String.valueOf(e.getMessage())));
        }
      }
    }
  }
}
