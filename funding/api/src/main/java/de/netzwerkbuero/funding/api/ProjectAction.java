package de.netzwerkbuero.funding.api;

/**
 * What the office may do to a project's status. FINAL_PROOF_SUBMITTED is reached by submitting the final
 * proof, not by an action; START and END also happen by themselves on the dates of the grant period.
 */
public enum ProjectAction { APPROVE, START, END, CLOSE, CANCEL }
