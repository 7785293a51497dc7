package org.sitrep.core.model;

/** Named-entity types of the output contract (OntoNotes-style names). */
public enum EntityType { PERSON, ORG, GPE, LOC, FAC, NORP, TITLE, MISC }
