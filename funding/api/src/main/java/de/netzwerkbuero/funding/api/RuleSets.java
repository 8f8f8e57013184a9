package de.netzwerkbuero.funding.api;

import jakarta.ejb.Local;

import java.util.List;

/**
 * The versioned deadline rules per legal basis. Publishing a new version recomputes the open deadlines of
 * the projects under that legal basis; deadlines already met keep their date and rule version.
 */
@Local
public interface RuleSets {

    /** The current version for each legal basis. */
    List<RuleSetView> current();

    /** Every version of one legal basis, newest first. */
    List<RuleSetView> history(LegalBasis legalBasis);

    RuleSetView publish(RuleSetInput input);
}
