package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.domain.Programme;
import de.netzwerkbuero.funding.domain.Project;
import de.netzwerkbuero.funding.domain.Rules;
import de.netzwerkbuero.funding.infrastructure.ProgrammeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rules a project is under: its programme's current rule set with the project's overrides. */
@ApplicationScoped
public class RulesInForce {

    @Inject
    private ProgrammeRepository programmes;

    public Rules of(Project project) {
        return current(programme(project).getLegalBasis()).with(project.ruleOverrides());
    }

    public Rules current(LegalBasis basis) {
        return programmes.currentRuleSet(basis).rules();
    }

    public Programme programme(Project project) {
        return programmes.find(project.getProgrammeId())
                .orElseThrow(() -> new IllegalStateException("project " + project.getId() + " lost its programme"));
    }
}
