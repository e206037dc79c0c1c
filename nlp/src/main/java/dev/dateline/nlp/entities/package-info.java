/**
 * Who is who within one article: {@link dev.dateline.nlp.entities.EntityStage} ("entities.v1") groups names into
 * entities and resolves descriptions and subject pronouns to them, with its data (descriptors.tsv, first-names.tsv,
 * pronouns.tsv, clause-openers.txt) under this package's resources. Linking entities across articles is not done here.
 */
package dev.dateline.nlp.entities;
