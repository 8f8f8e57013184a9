package de.netzwerkbuero.funding.api;

/** The general funding conditions a programme follows: private recipients or municipalities. */
public enum LegalBasis { ANBEST_P, ANBEST_GK }
