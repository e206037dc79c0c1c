package dev.dateline.store;

/**
 * How far the stored articles were analysed, as of the last commit.
 *
 * @param events the stored events
 * @param analysed articles stored with their events (none found counts too)
 * @param unanalysed articles stored without analysis, whose events are therefore unknown
 */
public record EventStats(long events, long analysed, long unanalysed) {
  public EventStats {
    if (events < 0 || analysed < 0 || unanalysed < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
