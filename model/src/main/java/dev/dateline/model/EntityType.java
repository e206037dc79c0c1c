package dev.dateline.model;

/** The kinds of named entity: people, organisations, places (countries, cities, regions, geographic features), rest. */
public enum EntityType {
  PERSON,
  ORG,
  PLACE,
  MISC
}
