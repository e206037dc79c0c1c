/**
 * Event coding: {@link dev.dateline.nlp.events.EventStage} finds event triggers, their participants, place, date and
 * modality, and codes them in CAMEO and PLOVER from PETRARCH2's dictionaries (built into data files by
 * nlp/scripts/build-event-lexicons.py). The rest of the package is its lexicons and helpers.
 */
package dev.dateline.nlp.events;
