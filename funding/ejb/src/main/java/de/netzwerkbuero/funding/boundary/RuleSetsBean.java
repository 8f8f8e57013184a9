package de.netzwerkbuero.funding.boundary;

import de.netzwerkbuero.funding.api.LegalBasis;
import de.netzwerkbuero.funding.api.RuleSetInput;
import de.netzwerkbuero.funding.api.RuleSetView;
import de.netzwerkbuero.funding.api.RuleSets;
import de.netzwerkbuero.funding.domain.RuleSet;
import de.netzwerkbuero.funding.domain.Rules;
import de.netzwerkbuero.funding.infrastructure.ProgrammeRepository;
import de.netzwerkbuero.funding.infrastructure.ProjectRepository;
import de.netzwerkbuero.platform.api.Roles;
import de.netzwerkbuero.platform.api.audit.AuditRecord;
import de.netzwerkbuero.platform.api.audit.AuditTrail;
import de.netzwerkbuero.platform.api.clock.BusinessClock;
import de.netzwerkbuero.platform.api.error.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Versioned rule sets: read by every funding role, published by the office. */
@Stateless
@RolesAllowed({Roles.OFFICE, Roles.PROJECT_LEAD, Roles.AUDITOR})
public class RuleSetsBean implements RuleSets {

    @Inject
    private ProgrammeRepository programmes;
    @Inject
    private ProjectRepository projects;
    @Inject
    private DeadlinePlanner planner;
    @EJB
    private AuditTrail audit;
    @EJB
    private BusinessClock clock;

    @Override
    public List<RuleSetView> current() {
        return Arrays.stream(LegalBasis.values()).map(programmes::currentRuleSet).map(RuleSetsBean::view).toList();
    }

    @Override
    public List<RuleSetView> history(LegalBasis legalBasis) {
        return programmes.history(legalBasis).stream().map(RuleSetsBean::view).toList();
    }

    /** Publishing recomputes the open deadlines of every project under the legal basis, in this transaction. */
    @Override
    @RolesAllowed(Roles.OFFICE)
    public RuleSetView publish(RuleSetInput in) {
        Period window = check(in);
        int version = programmes.currentRuleSet(in.legalBasis()).getRuleVersion() + 1;
        Rules rules = new Rules(in.legalBasis(), version, in.interimProofMonthsAfterYearEnd(),
                in.finalProofMonthsAfterEnd(), in.finalProofAfterPurposeFulfilled(), window,
                in.costLineTolerancePercent(), in.receiptRetentionYears(), in.reminderDaysBefore(),
                in.interestPointsAboveBaseRate());
        LocalDate validFrom = in.validFrom() == null ? clock.today() : in.validFrom();
        RuleSet ruleSet = new RuleSet(rules, validFrom, clock.nowInOffice());
        programmes.add(ruleSet);
        audit.record(AuditRecord.of("RULE_SET_PUBLISHED", "RuleSet", in.legalBasis() + "/" + version)
                .set("rules", rules).set("validFrom", validFrom));
        projects.withObligationsUnder(in.legalBasis()).forEach(planner::refresh);
        return view(ruleSet);
    }

    private static Period check(RuleSetInput in) {
        Violations v = new Violations();
        v.require(in.legalBasis() != null, "legalBasis", "required", "must be ANBEST_P or ANBEST_GK");
        v.require(in.interimProofMonthsAfterYearEnd() >= 0 && in.interimProofMonthsAfterYearEnd() <= 24,
                "interimProofMonthsAfterYearEnd", "outOfRange", "must be between 0 and 24");
        v.require(in.finalProofMonthsAfterEnd() >= 0 && in.finalProofMonthsAfterEnd() <= 36,
                "finalProofMonthsAfterEnd", "outOfRange", "must be between 0 and 36");
        v.require(in.receiptRetentionYears() >= 0 && in.receiptRetentionYears() <= 30, "receiptRetentionYears",
                "outOfRange", "must be between 0 and 30");
        v.require(percent(in.costLineTolerancePercent()), "costLineTolerancePercent", "outOfRange",
                "must be between 0 and 100");
        v.require(percent(in.interestPointsAboveBaseRate()), "interestPointsAboveBaseRate", "outOfRange",
                "must be between 0 and 100");
        v.require(in.reminderDaysBefore().stream().allMatch(d -> d != null && d >= 0 && d <= 365),
                "reminderDaysBefore", "outOfRange", "must be days between 0 and 365");
        Period window = spendWindow(in.spendWindow(), v);
        v.throwIfAny();
        return window;
    }

    static boolean percent(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /** An ISO-8601 period such as P42D or P2M; zero or negative windows are refused. */
    static Period spendWindow(String text, Violations v) {
        try {
            Period p = Period.parse(text == null ? "" : text.trim());
            v.require(!p.isNegative() && !p.isZero(), "spendWindow", "notPositive", "must be a positive period");
            return p;
        } catch (DateTimeParseException e) {
            v.add("spendWindow", "notAPeriod", "must be an ISO-8601 period such as P42D or P2M");
            return null;
        }
    }

    private static RuleSetView view(RuleSet r) {
        return Views.ruleSet(r.rules(), r.getValidFrom());
    }
}
