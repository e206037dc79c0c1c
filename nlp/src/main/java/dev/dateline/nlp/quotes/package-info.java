/**
 * Who said what: {@link dev.dateline.nlp.quotes.QuoteStage} ("quotes.v1") finds direct quotes, reported speech, their
 * cues and speakers, with its data (cues.tsv, time-words.txt) under this package's resources; {@link
 * dev.dateline.nlp.quotes.Polnear} reads and writes the PolNeAR attribution corpus and scores attributions on it.
 */
package dev.dateline.nlp.quotes;
