package de.netzwerkbuero.funding.api;

/** Milestone report, interim proof (per fiscal year), final proof (Verwendungsnachweis). */
public enum ReportKind { MILESTONE_REPORT, INTERIM_PROOF, FINAL_PROOF }
