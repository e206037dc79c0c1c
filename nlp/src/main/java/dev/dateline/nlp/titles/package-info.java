/**
 * Titles and roles of people: {@link dev.dateline.nlp.titles.TitlesStage} ("titles.v1") finds them around the role
 * phrases of its data files and attaches them to names; {@link dev.dateline.nlp.titles.RoleLexicon} holds the data
 * (roles.tsv, countries.tsv, modifiers.tsv under this package's resources) and the grammar of normalised roles, so that
 * the entities stage can compare them; {@link dev.dateline.nlp.titles.NameRepair} repairs the recogniser's names
 * where it runs roles, weekdays and name particles into them or cuts them apart (data: name-words.tsv), and both the
 * titles and the entities stage read the names through it. Normalisation: heads of state and government take "of" and the country
 * ("Prime Minister of Israel"); other roles keep the country adjective in front ("US Secretary of State", "Saudi Crown
 * Prince", "Israeli Defence Minister"); the form is a column of roles.tsv, not code.
 */
package dev.dateline.nlp.titles;
