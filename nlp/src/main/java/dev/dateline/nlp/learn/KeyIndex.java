package dev.dateline.nlp.learn;

import java.util.Arrays;

/** An open-addressing map from any 64-bit key to a dense row number, in insertion order. */
final class KeyIndex {
  private static final long EMPTY = 0L;

  private long[] table;
  private int[] rows;
  private long[] keysByRow;
  private int size;
  private boolean hasZeroKey;
  private int zeroRow;

  KeyIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[capacity];
    rows = new int[capacity];
    keysByRow = new long[Math.max(16, expected)];
  }

  int size() {
    return size;
  }

  long keyOf(int row) {
    return keysByRow[row];
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    if (key == EMPTY) {
      return hasZeroKey ? zeroRow : -1;
    }
    int mask = table.length - 1;
    int i = (int) key & mask;
    while (true) {
      long k = table[i];
      if (k == key) {
        return rows[i];
      }
      if (k == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The row of {@code key}, adding it as the next row if absent. */
  int getOrAdd(long key) {
    int row = get(key);
    if (row >= 0) {
      return row;
    }
    row = size++;
    if (row == keysByRow.length) {
      keysByRow = Arrays.copyOf(keysByRow, row * 2);
    }
    keysByRow[row] = key;
    if (key == EMPTY) {
      hasZeroKey = true;
      zeroRow = row;
      return row;
    }
    if (size * 2 > table.length) {
      grow();
    }
    insert(key, row);
    return row;
  }

  private void insert(long key, int row) {
    int mask = table.length - 1;
    int i = (int) key & mask;
    while (table[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    table[i] = key;
    rows[i] = row;
  }

  private void grow() {
    long[] oldTable = table;
    int[] oldRows = rows;
    table = new long[oldTable.length * 2];
    rows = new int[oldTable.length * 2];
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != EMPTY) {
        insert(oldTable[i], oldRows[i]);
      }
    }
  }
}
