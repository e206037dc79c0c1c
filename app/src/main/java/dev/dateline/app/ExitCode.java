package dev.dateline.app;

/** The exit statuses of every `dateline` command, as documented in the README. */
final class ExitCode {
  /** Everything asked for was done. */
  static final int OK = 0;
  /** Some inputs failed (each named on stderr) but others were processed. */
  static final int SOME_FAILED = 1;
  /** The command line was wrong: unknown option, bad value, unknown stage (picocli's usage code). */
  static final int USAGE = 2;
  /** Nothing could be done: no input could be read, the store is unusable, or an internal error. */
  static final int UNUSABLE = 3;

  private ExitCode() {}

  /** The status of a run that processed {@code done} items and saw {@code failed} failures. */
  static int of(long done, long failed) {
    if (done == 0) {
      return UNUSABLE;
    }
    return failed == 0 ? OK : SOME_FAILED;
  }
}
