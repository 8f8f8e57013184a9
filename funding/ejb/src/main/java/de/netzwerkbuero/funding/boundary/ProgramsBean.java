package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.ProgramInput;
import de.netzwerkbuero.funding.api.ProgramView;
import de.netzwerkbuero.funding.api.Programs;
import de.netzwerkbuero.funding.domain.Programme;
import de.netzwerkbuero.funding.domain.RuleSet;
import de.netzwerkbuero.funding.infrastructure.ProgrammeRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.error.NotFoundException;
import de.netzwerkbuero.platform.api.error.RuleViolationException;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Programmes: read by every funding role, maintained by the office. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class ProgramsBean implements Programs {

    static final String PROGRAMME = "Programme";
    private static final int MAX_DURATION_MONTHS = 120;

    @Inject
    private ProgrammeRepository programmes;

    @EJB
    private AuditTrail audit;

    @Override
    public List<ProgramView> list() {
        return programmes.all().stream().map(this::view).toList();
    }

    @Override
    public ProgramView get(long id) {
        return view(find(id));
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProgramView create(ProgramInput input) {
        int duration = check(input);
        requireUniqueName(input.name(), null);
        Programme p = new Programme(input.name(), input.funder(), input.legalBasis(), duration, input.stages(),
                input.holdsDisbursementUntilInterimProofAccepted());
        programmes.add(p);
        audit.record(AuditRecord.of("PROGRAMME_CREATED", PROGRAMME, p.getId()).set("name", p.getName())
                .set("funder", p.getFunder()).set("legalBasis", p.getLegalBasis())
                .set("durationMonths", p.getDurationMonths()).set("stages", p.getStages())
                .set("holdsDisbursement", p.holdsDisbursementUntilInterimProofAccepted()));
        return view(p);
    }

    @Override
    @RolesAllowed(Roles.OFFICE)
    public ProgramView update(long id, long expectedVersion, ProgramInput input) {
        Programme p = find(id);
        Checks.version(PROGRAMME, id, expectedVersion, p.getVersion());
        int duration = check(input);
        requireUniqueName(input.name(), p.getId());
        AuditRecord record = AuditRecord.of("PROGRAMME_CHANGED", PROGRAMME, id);
        String name = p.getName();
        String funder = p.getFunder();
        Object basis = p.getLegalBasis();
        int months = p.getDurationMonths();
        List<String> stages = p.getStages();
        boolean hold = p.holdsDisbursementUntilInterimProofAccepted();
        p.change(input.name(), input.funder(), input.legalBasis(), duration, input.stages(),
                input.holdsDisbursementUntilInterimProofAccepted());
        audit.record(record.change("name", name, p.getName()).change("funder", funder, p.getFunder())
                .change("legalBasis", basis, p.getLegalBasis()).change("durationMonths", months, p.getDurationMonths())
                .change("stages", stages, p.getStages())
                .change("holdsDisbursement", hold, p.holdsDisbursementUntilInterimProofAccepted()));
        return view(p);
    }

    private int check(ProgramInput input) {
        Violations v = new Violations();
        Checks.text(v, input.name(), "name", 200);
        Checks.text(v, input.funder(), "funder", 200);
        v.require(input.legalBasis() != null, "legalBasis", "required", "must be ANBEST_P or ANBEST_GK");
        int duration = input.durationMonths() == null ? Programme.DEFAULT_DURATION_MONTHS : input.durationMonths();
        v.require(duration >= 1 && duration <= MAX_DURATION_MONTHS, "durationMonths", "outOfRange",
                "must be between 1 and " + MAX_DURATION_MONTHS);
        input.stages().forEach(s -> Checks.optionalText(v, s, "stages", 200));
        v.throwIfAny();
        return duration;
    }

    private void requireUniqueName(String name, Long except) {
        programmes.byName(name).filter(p -> !p.getId().equals(except)).ifPresent(p -> {
            throw new RuleViolationException("funding.programmeNameTaken", "A programme named {0} exists already.",
                    name.trim());
        });
    }

    private Programme find(long id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException(PROGRAMME, id));
    }

    private ProgramView view(Programme p) {
        RuleSet current = programmes.currentRuleSet(p.getLegalBasis());
        return Views.program(p, Views.ruleSet(current.rules(), current.getValidFrom()));
    }
}
