package de.netzwerkbuero.membership.api;

/** The states of the membership workflow (DESIGN.md, Membership). */
public enum MemberStatus { PROSPECT, APPLIED, IN_REVIEW, ADMITTED, ACTIVE, SUSPENDED, LEAVING, LEFT, REJECTED, WITHDRAWN }
